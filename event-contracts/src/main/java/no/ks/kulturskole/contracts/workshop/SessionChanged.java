package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.UUID;

/** A session's capacity (persons) was changed by staff. */
public record SessionChanged(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion, String sessionId,
		int capacity) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

}
