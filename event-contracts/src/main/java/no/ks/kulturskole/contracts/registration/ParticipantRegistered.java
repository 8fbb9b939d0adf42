package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * One delegate of a registered delegation. Name and e-mail are personal data: never
 * logged.
 */
public record ParticipantRegistered(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String participantId, String sessionId, String organisationNumber, String name, String email,
		String roleTitle, RoleCategory roleCategory) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
