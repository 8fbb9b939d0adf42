package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.Comparator;
import java.util.List;

import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityView;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityWorkshop;
import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicant;
import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicationReport;
import no.ks.kulturskole.reporting.workshopreport.model.PilotDecision;
import no.ks.kulturskole.reporting.workshopreport.model.PilotOverview;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.support.problem.NotFound;

/**
 * The per-municipality view and the pilot overview: joins of the workshop reports with
 * the pilot applications, made when asked so that they always agree with both.
 */
public class MunicipalityReports {

	/**
	 * Ties broken by id: the collections' own order is insertion order, which a rebuild
	 * does not keep, and the answers must not change with a rebuild.
	 */
	private static final Comparator<PilotApplicationReport> IN_ORDER_OF_SUBMISSION = Comparator
		.comparing(PilotApplicationReport::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(PilotApplicationReport::applicationId);

	private final WorkshopReportStore reports;

	private final PilotApplicationStore pilots;

	private final MunicipalityRegister register;

	public MunicipalityReports(WorkshopReportStore reports, PilotApplicationStore pilots,
			MunicipalityRegister register) {
		this.reports = reports;
		this.pilots = pilots;
		this.register = register;
	}

	public MunicipalityView municipality(String number) {
		Municipality municipality = this.register.municipality(number)
			.orElseThrow(() -> new NotFound("number", "Det finnes ingen kommune med dette nummeret."));
		List<MunicipalityWorkshop> workshops = workshopsOf(number);
		List<PilotApplicationReport> applications = this.pilots.all()
			.stream()
			.filter(application -> number.equals(application.municipalityNumber()))
			.sorted(IN_ORDER_OF_SUBMISSION)
			.toList();
		return new MunicipalityView(municipality.number(), municipality.name(), municipality.countyName(),
				municipality.ksRegion(), municipality.kulturskoleradBranch(), workshops, applications);
	}

	public PilotOverview pilotOverview() {
		List<PilotApplicant> applicants = this.pilots.all().stream().sorted(IN_ORDER_OF_SUBMISSION).map(application -> {
			List<MunicipalityWorkshop> workshops = workshopsOf(application.municipalityNumber());
			return new PilotApplicant(application,
					(int) workshops.stream().filter(w -> w.status() == DelegationStatus.CONFIRMED).count(),
					(int) workshops.stream().filter(MunicipalityWorkshop::reflectionSubmitted).count(),
					(int) workshops.stream().filter(w -> w.presentPersons() > 0).count());
		}).toList();
		int selected = (int) applicants.stream()
			.filter(applicant -> applicant.application().decision() == PilotDecision.SELECTED)
			.count();
		return new PilotOverview(applicants.size(), selected, PilotOverview.TARGET_MIN, PilotOverview.TARGET_MAX,
				selected >= PilotOverview.TARGET_MIN && selected <= PilotOverview.TARGET_MAX, applicants);
	}

	private List<MunicipalityWorkshop> workshopsOf(String number) {
		return this.reports.withMunicipality(number)
			.stream()
			.flatMap(report -> report.delegations()
				.stream()
				.filter(delegation -> delegation.municipalityNumber().equals(number))
				.filter(delegation -> delegation.status() != DelegationStatus.CANCELLED)
				.map(delegation -> workshopOf(report, delegation)))
			.sorted(Comparator
				.comparing(MunicipalityWorkshop::sessionStartsAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(MunicipalityWorkshop::workshopId))
			.toList();
	}

	private static MunicipalityWorkshop workshopOf(WorkshopReport report, DelegationReport delegation) {
		return new MunicipalityWorkshop(report.workshopId(), report.title(),
				report.sessions()
					.stream()
					.filter(session -> session.sessionId().equals(delegation.sessionId()))
					.findFirst()
					// no start time until the workshop's schedule is read here
					.map(SessionReport::startsAt)
					.orElse(null),
				delegation.status(), delegation.participantCount(), delegation.registeredAt(),
				delegation.reflectionSubmitted(),
				report.participants()
					.stream()
					.filter(participant -> participant.delegationId().equals(delegation.delegationId()))
					.toList(),
				report.presentPersonsOf(delegation.delegationId()));
	}

}
