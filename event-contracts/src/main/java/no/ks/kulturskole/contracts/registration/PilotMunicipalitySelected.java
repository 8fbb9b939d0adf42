package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/** Staff selected the municipality for the pilot project. */
public record PilotMunicipalitySelected(UUID eventId, String applicationId, Instant occurredAt, int schemaVersion,
		String organisationNumber) implements PilotEvent {

	public static final int SCHEMA_VERSION = 1;

}
