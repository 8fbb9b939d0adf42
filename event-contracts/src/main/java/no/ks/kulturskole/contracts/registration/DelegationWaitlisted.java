package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/** A delegation was put on a session's waiting list as one group. */
public record DelegationWaitlisted(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, int participantCount) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
