package no.ks.kulturskole.workshop.workshop.model;

/**
 * Where a workshop is in its life: {@code DRAFT → SCHEDULED → REGISTRATION_CLOSED →
 * COMPLETED}, or {@code CANCELLED} from any state before completion.
 */
public enum WorkshopStatus {

	/** Prepared by staff, not yet visible to the public nor announced. */
	DRAFT,

	/** Published and open for registration until its deadline. */
	SCHEDULED,

	/** Published; the deadline has passed or staff closed registration. */
	REGISTRATION_CLOSED,

	/** The last session has ended. */
	COMPLETED,

	/** Will not take place. */
	CANCELLED;

	/**
	 * Whether other services have heard of the workshop, so that changes are announced.
	 */
	public boolean isPublished() {
		return this != DRAFT;
	}

	/** Whether the workshop can still change: it is neither over nor called off. */
	public boolean isActive() {
		return this == DRAFT || this == SCHEDULED || this == REGISTRATION_CLOSED;
	}

}
