package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A municipality applied to the pilot project Kulturskole 3.0. Contact details are
 * personal data.
 */
public record PilotApplicationSubmitted(UUID eventId, String applicationId, Instant occurredAt, int schemaVersion,
		Organisation organisation, Contact contact, String motivation, boolean inGuidanceScheme) implements PilotEvent {

	public static final int SCHEMA_VERSION = 1;

}
