package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The workshop got new times. {@code revision} grows with every reschedule, so calendar
 * invites can be updated (iCalendar SEQUENCE).
 */
public record WorkshopRescheduled(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion, int revision,
		Instant registrationDeadline, List<SessionDetails> sessions, String reason) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

}
