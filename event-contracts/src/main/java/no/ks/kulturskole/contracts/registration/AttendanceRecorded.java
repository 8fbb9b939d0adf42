package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Staff recorded who of one delegation attended one session: the whole set present now,
 * not a difference, so a consumer that holds a lower {@code sequence} for the same
 * delegation and session just takes it. Only ids: the names stay with registration.
 *
 * @param presentParticipantIds the delegation's participants present in the session;
 * empty when staff unmarked them all
 * @param participantCount persons in the delegation when attendance was recorded
 * @param sequence raised by every change of this delegation's attendance in this session
 * (1 first), so that a consumer applies only what is newer than what it holds
 */
public record AttendanceRecorded(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, String organisationNumber, List<String> presentParticipantIds,
		int participantCount, long sequence) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

	public AttendanceRecorded {
		presentParticipantIds = (presentParticipantIds != null) ? List.copyOf(presentParticipantIds) : List.of();
	}

}
