package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff resolved a {@link RegistrationConflictReported}: the delegation keeps its
 * coordinator, or the person who tried becomes its coordinator (a
 * {@link ManageLinkIssued} with reason {@code HANDED_OVER} follows, and the old link
 * stops working).
 *
 * @param resolvedBy the staff member (the subject of the gateway's token)
 * @param coordinator the delegation's coordinator after a {@code HAND_OVER}; {@code null}
 * when the existing one stays. Personal data: never logged
 * @param delegationSequence the delegation's sequence, as other delegation events carry
 * it (a change of coordinator is not a change of seat)
 */
public record RegistrationConflictResolved(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String conflictId, Resolution resolution, String resolvedBy, Contact coordinator,
		Long delegationSequence) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

	public RegistrationConflictResolved {
		delegationSequence = (delegationSequence != null) ? delegationSequence : 0L;
	}

	/** What staff decided. */
	public enum Resolution {

		/** The delegation stays with its coordinator. */
		KEEP_EXISTING,

		/** The person who tried becomes the delegation's coordinator. */
		HAND_OVER

	}

}
