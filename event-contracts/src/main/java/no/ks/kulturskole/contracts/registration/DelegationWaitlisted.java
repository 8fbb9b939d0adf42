package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegation was put on a session's waiting list as one group.
 *
 * @param delegationSequence the delegation's own sequence at this event, raised by every
 * change of its seat (registered, promoted, moved, cancelled): a consumer keeps the
 * highest it has applied and ignores older ones. 0 in events from before it existed:
 * those are applied as they come.
 */
public record DelegationWaitlisted(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, int participantCount, Long delegationSequence) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

	public DelegationWaitlisted {
		// a boxed component, so that an older event without it reads as 0 rather than
		// failing on a missing primitive
		delegationSequence = (delegationSequence != null) ? delegationSequence : 0L;
	}

	/** As before the sequence existed: applied as it comes. */
	public DelegationWaitlisted(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String sessionId, int participantCount) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, sessionId, participantCount, 0L);
	}

}
