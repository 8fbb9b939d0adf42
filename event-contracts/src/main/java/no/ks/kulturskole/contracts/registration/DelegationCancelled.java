package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegation was cancelled by its coordinator, by staff or because the workshop was
 * cancelled.
 *
 * @param reason in people's words, for the mail; {@code null} when none was given
 * @param delegationSequence see {@link DelegationPromoted#delegationSequence()}
 * @param cause why, for consumers to choose what to tell without waiting for the
 * workshop's own events (a different topic, with no order across them); {@code null} in
 * events from before it existed
 */
public record DelegationCancelled(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, SeatStatus previousStatus, int participantCount, String reason,
		Long delegationSequence, Cause cause) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

	public DelegationCancelled {
		// a boxed component, so that an older event without it reads as 0 rather than
		// failing on a missing primitive
		delegationSequence = (delegationSequence != null) ? delegationSequence : 0L;
	}

	/** As before the sequence and cause existed: applied as it comes. */
	public DelegationCancelled(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String sessionId, SeatStatus previousStatus, int participantCount, String reason) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, sessionId, previousStatus, participantCount,
				reason, 0L, null);
	}

	public enum Cause {

		/** The coordinator cancelled through the self-service link. */
		BY_COORDINATOR,

		/** Staff cancelled this delegation. */
		BY_STAFF,

		/** The workshop was cancelled, and every delegation with it. */
		WORKSHOP_CANCELLED

	}

}
