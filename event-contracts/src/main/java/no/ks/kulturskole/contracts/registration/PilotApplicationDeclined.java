package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/** Staff declined the municipality's pilot application. */
public record PilotApplicationDeclined(UUID eventId, String applicationId, Instant occurredAt, int schemaVersion,
		String organisationNumber, String reason) implements PilotEvent {

	public static final int SCHEMA_VERSION = 1;

}
