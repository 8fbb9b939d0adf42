package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegate left the delegation; the seat is free again if the delegation was confirmed.
 */
public record ParticipantRemoved(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String participantId, String sessionId) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
