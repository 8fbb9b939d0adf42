package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The delegation submitted (or edited) its answers to the workshop's reflection
 * questions.
 */
public record ReflectionSubmitted(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String organisationNumber, List<ReflectionAnswer> answers) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
