package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegate was replaced by another person in the same delegation. Personal data: never
 * logged.
 */
public record ParticipantReplaced(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String replacedParticipantId, String participantId, String sessionId,
		String organisationNumber, String name, String email, String roleTitle,
		RoleCategory roleCategory) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
