package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegation was cancelled by its coordinator, by staff or because the workshop was
 * cancelled.
 */
public record DelegationCancelled(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, SeatStatus previousStatus, int participantCount,
		String reason) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
