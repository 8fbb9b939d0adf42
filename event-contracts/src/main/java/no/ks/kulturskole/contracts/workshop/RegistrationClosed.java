package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.UUID;

/**
 * Registration closed, at the deadline or by staff ({@code closedBy} is DEADLINE or
 * STAFF).
 */
public record RegistrationClosed(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion,
		String closedBy) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

}
