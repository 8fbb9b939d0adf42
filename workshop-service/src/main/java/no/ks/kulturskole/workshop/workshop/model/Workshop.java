package no.ks.kulturskole.workshop.workshop.model;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A workshop (verksted) of the programme: what it is about, how people attend, who may
 * come and when. The aggregate whose document also carries the events announcing its
 * changes.
 */
public final class Workshop {

	/** Workshops are held in Norwegian bokmål unless staff say otherwise. */
	public static final String DEFAULT_LANGUAGE = "nb";

	private final String id;

	private final WorkshopStatus status;

	private final String title;

	private final String description;

	private final String programme;

	private final Format format;

	private final String language;

	private final Instant registrationDeadline;

	private final DelegationSize delegationSize;

	private final boolean outsideRoleRequired;

	private final List<Session> sessions;

	private final Instant scheduledAt;

	/**
	 * Rebuilds a workshop as it was stored. Rules are checked when a workshop is
	 * scheduled, not when it is read back: a stored workshop whose deadline has passed is
	 * still a workshop.
	 */
	public Workshop(String id, WorkshopStatus status, String title, String description, String programme, Format format,
			String language, Instant registrationDeadline, DelegationSize delegationSize, boolean outsideRoleRequired,
			List<Session> sessions, Instant scheduledAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.status = Objects.requireNonNull(status, "status");
		this.title = Objects.requireNonNull(title, "title");
		this.description = description;
		this.programme = programme;
		this.format = Objects.requireNonNull(format, "format");
		this.language = Objects.requireNonNull(language, "language");
		this.registrationDeadline = Objects.requireNonNull(registrationDeadline, "registrationDeadline");
		this.delegationSize = Objects.requireNonNull(delegationSize, "delegationSize");
		this.outsideRoleRequired = outsideRoleRequired;
		this.sessions = sessions.stream().sorted(Comparator.comparing(Session::startsAt)).toList();
		this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
		if (this.sessions.isEmpty()) {
			throw new IllegalArgumentException("A workshop has at least one session");
		}
	}

	/**
	 * Opens a new workshop for registration, refusing a plan that breaks a rule with a
	 * {@link no.ks.kulturskole.support.problem.RuleViolation} naming the field.
	 */
	public static Workshop schedule(String id, WorkshopPlan plan, Clock clock) {
		Instant now = clock.instant();
		SchedulingRules.check(plan, now);
		List<Session> sessions = plan.sessions()
			.stream()
			.map(session -> new Session(UUID.randomUUID().toString(), stored(session.startsAt()),
					stored(session.endsAt()), session.capacity(), blankToNull(session.meetingUrl())))
			.toList();
		return new Workshop(id, WorkshopStatus.SCHEDULED, plan.title().strip(), blankToNull(plan.description()),
				blankToNull(plan.programme()), formatOf(plan), languageOf(plan), stored(plan.registrationDeadline()),
				new DelegationSize(plan.minDelegationSize(), plan.maxDelegationSize()), plan.outsideRoleRequired(),
				sessions, stored(now));
	}

	private static Format formatOf(WorkshopPlan plan) {
		return switch (plan.format()) {
			case ONLINE -> new Format.Online(blankToNull(plan.meetingUrl()));
			case VENUE -> new Format.Venue(plan.venue().strip());
		};
	}

	private static String languageOf(WorkshopPlan plan) {
		return SchedulingRules.isBlank(plan.language()) ? DEFAULT_LANGUAGE : plan.language().strip();
	}

	/** MongoDB keeps milliseconds; keeping the same here makes what we return match. */
	private static Instant stored(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

	private static String blankToNull(String value) {
		return SchedulingRules.isBlank(value) ? null : value.strip();
	}

	/** Whether municipalities may still register, seen from {@code now}. */
	public boolean isOpenForRegistration(Instant now) {
		return this.status == WorkshopStatus.SCHEDULED && now.isBefore(this.registrationDeadline);
	}

	/**
	 * The link people in this session get: the session's own, else the workshop's;
	 * {@code null} for a venue.
	 */
	public String meetingUrlFor(Session session) {
		if (session.meetingUrl() != null) {
			return session.meetingUrl();
		}
		return (this.format instanceof Format.Online online) ? online.meetingUrl() : null;
	}

	public Instant firstSessionStartsAt() {
		return this.sessions.get(0).startsAt();
	}

	public String id() {
		return this.id;
	}

	public WorkshopStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public String programme() {
		return this.programme;
	}

	public Format format() {
		return this.format;
	}

	public String language() {
		return this.language;
	}

	public Instant registrationDeadline() {
		return this.registrationDeadline;
	}

	public DelegationSize delegationSize() {
		return this.delegationSize;
	}

	public boolean outsideRoleRequired() {
		return this.outsideRoleRequired;
	}

	public List<Session> sessions() {
		return this.sessions;
	}

	public Instant scheduledAt() {
		return this.scheduledAt;
	}

}
