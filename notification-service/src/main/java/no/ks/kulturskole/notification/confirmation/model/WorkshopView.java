package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * This service's replica of a workshop, built from {@code workshop.events}: what
 * delegates' mails and calendar entries need, and nothing else.
 *
 * @param revision the calendar SEQUENCE: 0 when scheduled, the event's revision after
 * each reschedule
 * @param rules what a delegation must meet by the registration deadline
 */
public record WorkshopView(String workshopId, String title, String language, int revision, boolean cancelled,
		Map<String, Session> sessions, Rules rules) {

	public WorkshopView(String workshopId, String title, String language, int revision, boolean cancelled,
			Map<String, Session> sessions) {
		this(workshopId, title, language, revision, cancelled, sessions, null);
	}

	public WorkshopView {
		sessions = (sessions != null) ? Map.copyOf(sessions) : Map.of();
	}

	public Optional<Session> session(String sessionId) {
		return Optional.ofNullable(this.sessions.get(sessionId));
	}

	/**
	 * @param meetingUrl personal to confirmed delegates; may be {@code null}
	 */
	public record Session(String sessionId, Instant startsAt, Instant endsAt, String meetingUrl) {

	}

	/**
	 * @param registrationDeadline {@code null} when unknown
	 * @param maxDelegationSize {@code null} when there is no upper limit
	 * @param outsideRoleRequired at least one delegate must come from outside the
	 * kulturskole
	 */
	public record Rules(Instant registrationDeadline, int minDelegationSize, Integer maxDelegationSize,
			boolean outsideRoleRequired) {

		/**
		 * What a delegation of these delegates still lacks; empty when it meets the
		 * rules.
		 */
		public Shortfall shortfallOf(DelegationView delegation) {
			int count = delegation.delegates().size();
			boolean hasOutsider = delegation.delegates().stream().anyMatch(DelegationView.Delegate::fromOutside);
			return new Shortfall(count, Math.max(this.minDelegationSize - count, 0),
					(this.maxDelegationSize != null) ? Math.max(count - this.maxDelegationSize, 0) : 0,
					this.outsideRoleRequired && !hasOutsider);
		}

	}

	/**
	 * @param missing delegates to add to reach the minimum
	 * @param surplus delegates above the maximum
	 */
	public record Shortfall(int delegateCount, int missing, int surplus, boolean needsOutsider) {

		public boolean meetsRules() {
			return this.missing == 0 && this.surplus == 0 && !this.needsOutsider;
		}

	}

}
