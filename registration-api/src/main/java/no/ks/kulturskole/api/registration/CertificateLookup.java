package no.ks.kulturskole.api.registration;

import java.time.Instant;
import java.util.List;

/**
 * A participation confirmation looked up by its verification code (issue 16), for staff.
 *
 * @param holderName {@code null} once the holder's data is erased
 * @param duration as the confirmation prints it (bokmål), for the staff page
 */
public record CertificateLookup(String code, State state, String workshopId, String workshopTitle, String delegationId,
		String participantId, String holderName, String municipality, List<AttendedSession> sessions,
		long durationMinutes, String duration, Instant issuedAt, Instant erasedAt) {

	public CertificateLookup {
		sessions = (sessions != null) ? sessions : List.of();
	}

	public enum State {

		/** The holder attended; the confirmation is real. */
		VALID,

		/** The confirmation was issued, but its holder's data has been erased since. */
		ERASED

	}

	/** A session the holder attended. */
	public record AttendedSession(String sessionId, Instant startsAt, Instant endsAt) {
	}

}
