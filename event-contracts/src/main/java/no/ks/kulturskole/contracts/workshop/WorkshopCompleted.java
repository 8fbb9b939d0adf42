package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.UUID;

/** The last session of the workshop has ended. */
public record WorkshopCompleted(UUID eventId, String workshopId, Instant occurredAt,
		int schemaVersion) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

}
