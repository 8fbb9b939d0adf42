package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/** A waitlisted delegation got seats for all its delegates, first come first served. */
public record DelegationPromoted(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, int participantCount) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
