package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

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
		Long delegationSequence, String sealedPersonalData) implements DelegationEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	public RegistrationConflictResolved {
		delegationSequence = (delegationSequence != null) ? delegationSequence : 0L;
	}

	/** As before personal data was sealed: the coordinator in the clear. */
	public RegistrationConflictResolved(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String conflictId, Resolution resolution, String resolvedBy, Contact coordinator,
			Long delegationSequence) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, conflictId, resolution, resolvedBy,
				coordinator, delegationSequence, null);
	}

	@Override
	public String personalDataOwner() {
		return this.delegationId;
	}

	@Override
	public RegistrationConflictResolved sealedAs(String sealed) {
		return withCoordinator(null, sealed);
	}

	@Override
	public RegistrationConflictResolved erased() {
		return withCoordinator(Contact.ERASED, null);
	}

	private RegistrationConflictResolved withCoordinator(Contact contact, String sealed) {
		return new RegistrationConflictResolved(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.conflictId, this.resolution, this.resolvedBy, contact, this.delegationSequence,
				sealed);
	}

	/** What staff decided. */
	public enum Resolution {

		/** The delegation stays with its coordinator. */
		KEEP_EXISTING,

		/** The person who tried becomes the delegation's coordinator. */
		HAND_OVER

	}

}
