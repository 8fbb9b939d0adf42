package no.ks.kulturskole.registration.certificate.model;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Participant;
import no.ks.kulturskole.registration.delegation.model.SessionAttendance;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;

/**
 * A participation confirmation ("Deltakerbevis", issue 16): who took part in which
 * workshop, when and for how long, and who organised it. It exists only for a participant
 * recorded present in at least one session; it is made from the registrations each time
 * it is asked for, so a correction of the attendance or the workshop shows on the next
 * download, and an erased delegation has none.
 *
 * @param holderName personal data: printed on the PDF, never logged
 * @param sessions the sessions attended, earliest first
 * @param language nb, nn or en
 */
public record Certificate(String code, String workshopId, String delegationId, String participantId, String holderName,
		String municipality, String workshopTitle, List<String> organisers, List<AttendedSession> sessions,
		String language) {

	public static final List<String> LANGUAGES = List.of("nb", "nn", "en");

	public Certificate {
		organisers = List.copyOf(organisers);
		sessions = List.copyOf(sessions);
	}

	/**
	 * @param language {@code null} for the delegation's own
	 * @throws NotFound when there is no such participant, or their data was erased
	 * @throws ConflictingState when the participant attended no session
	 */
	public static Certificate of(WorkshopRegistrations registrations, String delegationId, String participantId,
			String code, String language) {
		NotFound unknown = new NotFound("participantId", "Deltakeren finnes ikke i denne påmeldingen.");
		Delegation delegation = registrations.delegation(delegationId).orElseThrow(() -> unknown);
		if (delegation.isErased()) {
			throw unknown;
		}
		Participant participant = delegation.participants()
			.stream()
			.filter(candidate -> candidate.participantId().equals(participantId))
			.findFirst()
			.orElseThrow(() -> unknown);
		List<AttendedSession> attended = attendedBy(registrations, delegationId, participantId);
		if (attended.isEmpty()) {
			throw new ConflictingState("participantId", "not-attended",
					"Deltakeren er ikke registrert som til stede på noen økt, og får ikke deltakerbevis.");
		}
		return new Certificate(code, registrations.id(), delegationId, participantId, participant.name(),
				delegation.organisation().name(), registrations.workshop().title(),
				registrations.workshop().organisers(), attended, languageOf(language, delegation.language()));
	}

	/** The sessions the participant was recorded present in, earliest first. */
	public static List<AttendedSession> attendedBy(WorkshopRegistrations registrations, String delegationId,
			String participantId) {
		Set<String> sessionIds = registrations.attendance()
			.stream()
			.filter(entry -> entry.delegationId().equals(delegationId) && entry.present().contains(participantId))
			.map(SessionAttendance::sessionId)
			.collect(Collectors.toSet());
		return registrations.workshop()
			.sessions()
			.stream()
			.filter(session -> sessionIds.contains(session.sessionId()))
			.map(session -> new AttendedSession(session.sessionId(), session.startsAt(), session.endsAt()))
			.sorted(Comparator.comparing(AttendedSession::startsAt))
			.toList();
	}

	public Duration duration() {
		return this.sessions.stream().map(AttendedSession::length).reduce(Duration.ZERO, Duration::plus);
	}

	private static String languageOf(String asked, String delegations) {
		if (asked != null) {
			return asked;
		}
		return LANGUAGES.contains(delegations) ? delegations : "nb";
	}

}
