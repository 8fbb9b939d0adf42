package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.List;

/**
 * This service's replica of one delegation, built from {@code registration.events}. The
 * delegation's own facts ({@code DelegationRegistered}) and its delegates
 * ({@code ParticipantRegistered}) may arrive in either order; until the delegation itself
 * is known, {@link #registered()} is {@code false} and nobody is written to.
 *
 * @param status {@code CONFIRMED}, {@code WAITLISTED} or {@code CANCELLED}; {@code null}
 * until registered
 * @param coordinator who registered the delegation; {@code null} until registered
 * @param registeredAt when the delegation was registered
 * @param participantCount as registered; the delegates may not all be known yet
 * @param registrationComplete the registration's manage link has arrived: registration
 * writes it after the delegation's first delegates, so a delegate arriving later was
 * added afterwards
 * @param sessionStartsAt the session's times as registration told them, only while the
 * delegation is in the session it was registered for; {@code null} otherwise
 * @param awaiting a change mail waiting for its session to become known; {@code null}
 * when none
 * @param moves how many moves the replica has applied: each raises the SEQUENCE of the
 * delegates' calendar entry, so that the update replaces the entry of the session left
 */
public record DelegationView(String delegationId, String workshopId, String sessionId, String status,
		String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt, String municipalityName, String language,
		List<Delegate> delegates, Coordinator coordinator, Instant registeredAt, int participantCount,
		boolean registrationComplete, Awaiting awaiting, int moves) {

	public DelegationView {
		delegates = (delegates != null) ? List.copyOf(delegates) : List.of();
	}

	public DelegationView(String delegationId, String workshopId, String sessionId, String status, String workshopTitle,
			Instant sessionStartsAt, Instant sessionEndsAt, String municipalityName, String language,
			List<Delegate> delegates, Coordinator coordinator, Instant registeredAt, int participantCount,
			boolean registrationComplete) {
		this(delegationId, workshopId, sessionId, status, workshopTitle, sessionStartsAt, sessionEndsAt,
				municipalityName, language, delegates, coordinator, registeredAt, participantCount,
				registrationComplete, null, 0);
	}

	public DelegationView(String delegationId, String workshopId, String sessionId, String status, String workshopTitle,
			Instant sessionStartsAt, Instant sessionEndsAt, String municipalityName, String language,
			List<Delegate> delegates) {
		this(delegationId, workshopId, sessionId, status, workshopTitle, sessionStartsAt, sessionEndsAt,
				municipalityName, language, delegates, null, null, 0, false);
	}

	public boolean registered() {
		return this.status != null;
	}

	public boolean waitlisted() {
		return "WAITLISTED".equals(this.status);
	}

	public boolean confirmed() {
		return "CONFIRMED".equals(this.status);
	}

	public boolean cancelled() {
		return "CANCELLED".equals(this.status);
	}

	@Override
	public String toString() {
		return "DelegationView[" + this.delegationId + ", " + this.status + ", " + this.delegates.size()
				+ " delegates]";
	}

	/**
	 * One delegate. Name and e-mail are personal data: never logged.
	 *
	 * @param roleCategory e.g. {@code KULTURSKOLE}; {@code null} if not told
	 * @param addedAt when the delegate was registered
	 * @param addedLater first heard of after the registration was complete: welcomed as
	 * added, not confirmed with the registration, however often their event comes again
	 */
	public record Delegate(String participantId, String name, String email, String roleTitle, String roleCategory,
			Instant addedAt, boolean addedLater) {

		public Delegate(String participantId, String name, String email, String roleTitle, String roleCategory,
				Instant addedAt) {
			this(participantId, name, email, roleTitle, roleCategory, addedAt, false);
		}

		public Delegate(String participantId, String name, String email, String roleTitle) {
			this(participantId, name, email, roleTitle, null, null);
		}

		/** Everyone but the kulturskole's own people comes "from outside". */
		public boolean fromOutside() {
			return this.roleCategory != null && !"KULTURSKOLE".equals(this.roleCategory);
		}

		@Override
		public String toString() {
			return "Delegate[" + this.participantId + "]";
		}

	}

	/**
	 * A change mail waiting for the session it names.
	 *
	 * @param kind {@code PROMOTED} or {@code MOVED}
	 * @param version the mail key's version
	 */
	public record Awaiting(Kind kind, String version) {

		public enum Kind {

			PROMOTED, MOVED

		}

	}

	/** The coordinator. Personal data: never logged. */
	public record Coordinator(String name, String email) {

		@Override
		public String toString() {
			return "Coordinator[]";
		}

	}

}
