package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * This service's replica of a workshop, built from {@code workshop.events}: what
 * delegates' mails and calendar entries need, and nothing else.
 *
 * @param revision 0 when scheduled, the event's revision after each reschedule
 * @param rules what a delegation must meet by the registration deadline
 * @param detailsChanges how many details changes the replica has applied (each event
 * once); with the revision it makes the calendar SEQUENCE
 * @param format {@code ONLINE} or {@code VENUE}; {@code null} when not known
 * @param venue the address when the format is {@code VENUE}, else {@code null}
 * @param lastDetailsChange what the latest details change changed; {@code null} before
 * the first
 */
public record WorkshopView(String workshopId, String title, String language, int revision, boolean cancelled,
		Map<String, Session> sessions, Rules rules, int detailsChanges, String format, String venue,
		DetailsChange lastDetailsChange) {

	public WorkshopView(String workshopId, String title, String language, int revision, boolean cancelled,
			Map<String, Session> sessions, Rules rules) {
		this(workshopId, title, language, revision, cancelled, sessions, rules, 0, null, null, null);
	}

	public WorkshopView(String workshopId, String title, String language, int revision, boolean cancelled,
			Map<String, Session> sessions) {
		this(workshopId, title, language, revision, cancelled, sessions, null);
	}

	public WorkshopView {
		sessions = (sessions != null) ? Map.copyOf(sessions) : Map.of();
	}

	/**
	 * The calendar SEQUENCE of every entry for this workshop: reschedules raise the
	 * revision and details changes the count, neither goes down, so every update outranks
	 * every entry sent before it.
	 */
	public int sequence() {
		return this.revision + this.detailsChanges;
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

	/**
	 * What one {@code WorkshopDetailsChanged} changed that delegates need to know. A
	 * detail the replica did not know before counts as unchanged: there is nothing to
	 * compare with.
	 *
	 * @param eventId the event that made the change
	 * @param previousTitle the title before, when it changed
	 * @param sessionsWithNewLink the sessions whose meeting link changed
	 */
	public record DetailsChange(String eventId, boolean titleChanged, String previousTitle, boolean formatChanged,
			boolean venueChanged, Set<String> sessionsWithNewLink) {

		public DetailsChange {
			sessionsWithNewLink = (sessionsWithNewLink != null) ? Set.copyOf(sessionsWithNewLink) : Set.of();
		}

		/**
		 * @param before the replica before the change; {@code null} when the workshop was
		 * unknown
		 * @param meetingUrls the new link per session id (values may be {@code null})
		 */
		public static DetailsChange between(WorkshopView before, String eventId, String title, String format,
				String venue, Map<String, String> meetingUrls) {
			if (before == null) {
				return new DetailsChange(eventId, false, null, false, false, Set.of());
			}
			boolean titleChanged = before.title() != null && !before.title().equals(title);
			boolean formatKnown = before.format() != null;
			boolean formatChanged = formatKnown && !before.format().equals(format);
			boolean venueChanged = formatKnown && !Objects.equals(before.venue(), venue);
			Set<String> newLinks = new HashSet<>();
			meetingUrls.forEach((sessionId, url) -> before.session(sessionId)
				.filter((session) -> !Objects.equals(session.meetingUrl(), url))
				.ifPresent((session) -> newLinks.add(sessionId)));
			return new DetailsChange(eventId, titleChanged, titleChanged ? before.title() : null, formatChanged,
					venueChanged, newLinks);
		}

		/** Whether a delegate of this session is to be told. */
		public boolean mattersTo(String sessionId) {
			return this.titleChanged || this.formatChanged || this.venueChanged
					|| this.sessionsWithNewLink.contains(sessionId);
		}

	}

}
