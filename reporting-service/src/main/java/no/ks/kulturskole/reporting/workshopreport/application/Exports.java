package no.ks.kulturskole.reporting.workshopreport.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.ks.kulturskole.reporting.workshopreport.model.AreaCoverage;
import no.ks.kulturskole.reporting.workshopreport.model.CoverageReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.Table;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.support.problem.NotFound;

/**
 * The tables staff take out of the platform: the participant list for the meeting host
 * (personal data: staff only) and coverage.
 */
public class Exports {

	private static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
		.withZone(ZoneId.of("Europe/Oslo"));

	private final WorkshopReports reports;

	private final Coverage coverage;

	public Exports(WorkshopReports reports, Coverage coverage) {
		this.reports = reports;
		this.coverage = coverage;
	}

	/**
	 * Everyone in a delegation that is not cancelled, confirmed first, by session and
	 * municipality.
	 * @param sessionId {@code null} for all sessions
	 */
	public Table participants(String workshopId, String sessionId) {
		WorkshopReport report = this.reports.report(workshopId);
		if (sessionId != null && report.sessions().stream().noneMatch(s -> s.sessionId().equals(sessionId))) {
			throw new NotFound("sessionId", "Verkstedet har ingen økt med denne id-en.");
		}
		Map<String, DelegationReport> delegations = report.delegations()
			.stream()
			.filter(delegation -> delegation.status() != DelegationStatus.CANCELLED)
			.filter(delegation -> sessionId == null || delegation.sessionId().equals(sessionId))
			.collect(Collectors.toMap(DelegationReport::delegationId, Function.identity()));
		Map<String, SessionReport> sessions = report.sessions()
			.stream()
			.collect(Collectors.toMap(SessionReport::sessionId, Function.identity()));
		AnswerColumns answers = new AnswerColumns(report.questions(), report.answers());
		List<List<String>> rows = new ArrayList<>();
		report.participants()
			.stream()
			.filter(participant -> delegations.containsKey(participant.delegationId()))
			.sorted((a, b) -> compare(delegations.get(a.delegationId()), delegations.get(b.delegationId())))
			.forEach(participant -> {
				List<String> row = new ArrayList<>(row(participant, delegations.get(participant.delegationId()),
						sessions.get(delegations.get(participant.delegationId()).sessionId())));
				row.addAll(answers.of(participant.delegationId(), participant.participantId()));
				rows.add(row);
			});
		String title = (report.title() != null) ? report.title() : workshopId;
		List<String> headers = new ArrayList<>(
				List.of("Økt", "Status", "Kommunenummer", "Kommune", "Fylke", "Navn", "Rolle", "Rollekategori"));
		headers.addAll(answers.headers());
		return new Table("Deltakere – " + title, headers, rows);
	}

	public Table coverage(String dimension, String workshopId) {
		CoverageReport report = this.coverage.of(dimension, workshopId);
		List<List<String>> rows = new ArrayList<>();
		for (AreaCoverage area : report.areas()) {
			rows.add(List.of(area.area(), String.valueOf(area.registered()), String.valueOf(area.municipalities()),
					names(area.registeredMunicipalities()), names(area.missing())));
		}
		return new Table("Dekning", List.of("Område", "Påmeldte kommuner", "Kommuner i alt", "Påmeldt", "Ikke påmeldt"),
				rows);
	}

	private static int compare(DelegationReport a, DelegationReport b) {
		int byStatus = a.status().compareTo(b.status());
		if (byStatus != 0) {
			return byStatus;
		}
		int bySession = a.sessionId().compareTo(b.sessionId());
		return (bySession != 0) ? bySession : a.municipalityNumber().compareTo(b.municipalityNumber());
	}

	private static List<String> row(ParticipantReport participant, DelegationReport delegation, SessionReport session) {
		String sessionTime = (session != null && session.startsAt() != null) ? SESSION_TIME.format(session.startsAt())
				: delegation.sessionId();
		return List.of(sessionTime, (delegation.status() == DelegationStatus.CONFIRMED) ? "Bekreftet" : "Venteliste",
				delegation.municipalityNumber(), text(delegation.municipalityName()), text(delegation.countyName()),
				text(participant.name()), text(participant.roleTitle()), text(participant.roleCategory()));
	}

	private static String names(List<MunicipalityRef> municipalities) {
		return municipalities.stream().map(MunicipalityRef::name).collect(Collectors.joining(", "));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
