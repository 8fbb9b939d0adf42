package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/** Staff moved a delegation, as a whole, to another session. */
public record DelegationMoved(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String fromSessionId, String toSessionId, SeatStatus status,
		int participantCount) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
