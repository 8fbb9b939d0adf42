package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.UUID;

/** A session was added, typically a parallel overflow session the same day. */
public record SessionAdded(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion,
		SessionDetails session) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

}
