package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.List;

/**
 * This service's replica of one delegation, built from {@code registration.events}. The
 * delegation's own facts ({@code DelegationRegistered}) and its delegates
 * ({@code ParticipantRegistered}) may arrive in either order; until the delegation itself
 * is known, {@link #registered()} is {@code false} and nobody is written to.
 *
 * @param status {@code CONFIRMED} or {@code WAITLISTED}; {@code null} until registered
 */
public record DelegationView(String delegationId, String workshopId, String sessionId, String status,
		String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt, String municipalityName, String language,
		List<Delegate> delegates) {

	public DelegationView {
		delegates = (delegates != null) ? List.copyOf(delegates) : List.of();
	}

	public boolean registered() {
		return this.status != null;
	}

	public boolean waitlisted() {
		return "WAITLISTED".equals(this.status);
	}

	@Override
	public String toString() {
		return "DelegationView[" + this.delegationId + ", " + this.status + ", " + this.delegates.size()
				+ " delegates]";
	}

	/** One delegate. Name and e-mail are personal data: never logged. */
	public record Delegate(String participantId, String name, String email, String roleTitle) {

		@Override
		public String toString() {
			return "Delegate[" + this.participantId + "]";
		}

	}

}
