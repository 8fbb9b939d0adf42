package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.UUID;

/** The workshop will not take place; {@code reason} is shown to everyone affected. */
public record WorkshopCancelled(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion,
		String reason) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

}
