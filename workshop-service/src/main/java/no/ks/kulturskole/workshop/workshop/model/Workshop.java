package no.ks.kulturskole.workshop.workshop.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.questions.model.QuestionForm;

/**
 * A workshop (verksted) of the programme: what it is about, how people attend, who may
 * come and when. The aggregate whose document also carries the events announcing its
 * changes.
 * <p>
 * Immutable: every change returns a new workshop with the same {@link #version()}, which
 * the repository uses to store it only if nobody changed it in between.
 */
public final class Workshop {

	/** Workshops are held in Norwegian bokmål unless staff say otherwise. */
	public static final String DEFAULT_LANGUAGE = "nb";

	/** The programme sends material a week before, unless staff choose otherwise. */
	public static final Duration DEFAULT_PREPARATION_LEAD = Duration.ofDays(7);

	private final String id;

	private long version;

	private WorkshopStatus status;

	private String title;

	private String description;

	private String programme;

	private Offering offering;

	private Format format;

	private String language;

	private Instant registrationDeadline;

	private DelegationSize delegationSize;

	private boolean outsideRoleRequired;

	private List<Session> sessions;

	private Instant scheduledAt;

	private int revision;

	private String cancellationReason;

	private Preparation preparation;

	private Invitations invitations;

	/** Kept beside the aggregate's state; see {@link QuestionForm} for its own rules. */
	private QuestionForm questions = QuestionForm.EMPTY;

	/**
	 * Rebuilds a scheduled workshop as it was stored, before drafts, revisions,
	 * preparation and the offering (organisers, target group, price) existed.
	 */
	public Workshop(String id, WorkshopStatus status, String title, String description, String programme, Format format,
			String language, Instant registrationDeadline, DelegationSize delegationSize, boolean outsideRoleRequired,
			List<Session> sessions, Instant scheduledAt) {
		this(id, 0, status, title, description, programme, Offering.UNKNOWN, format, language, registrationDeadline,
				delegationSize, outsideRoleRequired, sessions, scheduledAt, 0, null, null);
	}

	/**
	 * Rebuilds a workshop as it was stored. Rules are checked when a workshop changes,
	 * not when it is read back: a stored workshop whose deadline has passed is still a
	 * workshop.
	 * @param scheduledAt {@code null} while a draft
	 */
	public Workshop(String id, long version, WorkshopStatus status, String title, String description, String programme,
			Offering offering, Format format, String language, Instant registrationDeadline,
			DelegationSize delegationSize, boolean outsideRoleRequired, List<Session> sessions, Instant scheduledAt,
			int revision, String cancellationReason, Preparation preparation) {
		this(id, version, status, title, description, programme, offering, format, language, registrationDeadline,
				delegationSize, outsideRoleRequired, sessions, scheduledAt, revision, cancellationReason, preparation,
				Invitations.OPEN);
	}

	/**
	 * Rebuilds a workshop as it was stored, with who may register for it.
	 * @param invitations {@link Invitations#OPEN} for a workshop open to all
	 */
	public Workshop(String id, long version, WorkshopStatus status, String title, String description, String programme,
			Offering offering, Format format, String language, Instant registrationDeadline,
			DelegationSize delegationSize, boolean outsideRoleRequired, List<Session> sessions, Instant scheduledAt,
			int revision, String cancellationReason, Preparation preparation, Invitations invitations) {
		this.id = Objects.requireNonNull(id, "id");
		this.version = version;
		this.status = Objects.requireNonNull(status, "status");
		this.title = Objects.requireNonNull(title, "title");
		this.description = description;
		this.programme = programme;
		this.offering = Objects.requireNonNull(offering, "offering");
		this.format = Objects.requireNonNull(format, "format");
		this.language = Objects.requireNonNull(language, "language");
		this.registrationDeadline = Objects.requireNonNull(registrationDeadline, "registrationDeadline");
		this.delegationSize = Objects.requireNonNull(delegationSize, "delegationSize");
		this.outsideRoleRequired = outsideRoleRequired;
		this.sessions = sortedSessions(sessions);
		this.scheduledAt = scheduledAt;
		this.revision = revision;
		this.cancellationReason = cancellationReason;
		this.preparation = preparation;
		this.invitations = Objects.requireNonNull(invitations, "invitations");
		if (status != WorkshopStatus.DRAFT) {
			Objects.requireNonNull(scheduledAt, "scheduledAt");
		}
	}

	private static List<Session> sortedSessions(List<Session> sessions) {
		return Timetable.of(sessions).sessions();
	}

	/**
	 * Opens a new workshop for registration, refusing a plan that breaks a rule with a
	 * {@link RuleViolation} naming the field.
	 */
	public static Workshop schedule(String id, WorkshopPlan plan, Clock clock) {
		Workshop draft = draft(id, plan, clock);
		draft.status = WorkshopStatus.SCHEDULED;
		draft.scheduledAt = stored(clock.instant());
		return draft;
	}

	/** Prepares a workshop that nobody outside staff sees until it is scheduled. */
	public static Workshop draft(String id, WorkshopPlan plan, Clock clock) {
		Instant now = clock.instant();
		SchedulingRules.check(plan, now);
		List<Session> sessions = plan.sessions().stream().map(Workshop::newSession).toList();
		return new Workshop(id, 0, WorkshopStatus.DRAFT, plan.title().strip(), blankToNull(plan.description()),
				blankToNull(plan.programme()), Offering.of(plan), formatOf(plan), languageOf(plan),
				stored(plan.registrationDeadline()),
				new DelegationSize(plan.minDelegationSize(), plan.maxDelegationSize()), plan.outsideRoleRequired(),
				sessions, null, 0, null, null);
	}

	/**
	 * A new draft planned like this one, for the next round of a series: the same
	 * description, offering, format, language, delegation rules, sessions (with new ids
	 * and capacities as they are now) and preparation (not yet released), every time
	 * moved by {@code shift} in {@code zone}'s wall-clock time. Checked by the same rules
	 * as any new plan; a shift that would put the copy's deadline in the past is refused
	 * naming the shift. Nothing of what happened to this workshop (its status, revisions,
	 * cancellation) comes along, and this workshop is left as it is.
	 */
	public Workshop copyAsDraft(String newId, CopyShift shift, ZoneId zone, Clock clock) {
		Duration wallClock = shift.wallClockFrom(LocalDateTime.ofInstant(firstSessionStartsAt(), zone));
		UnaryOperator<Instant> moved = (
				instant) -> LocalDateTime.ofInstant(instant, zone).plus(wallClock).atZone(zone).toInstant();
		Instant deadline = moved.apply(this.registrationDeadline);
		if (!deadline.isAfter(clock.instant())) {
			throw new RuleViolation(shift.field(), "copy-deadline-in-past",
					"Kopien ville fått en påmeldingsfrist som er passert. Flytt den lenger fram i tid.");
		}
		WorkshopPlan plan = new WorkshopPlan(this.title, this.description, this.programme, this.format.kind(),
				(this.format instanceof Format.Venue venue) ? venue.address() : null,
				(this.format instanceof Format.Online online) ? online.meetingUrl() : null, this.language, deadline,
				this.delegationSize.min(), this.delegationSize.max(), this.outsideRoleRequired,
				this.sessions.stream()
					.map(session -> new SessionPlan(moved.apply(session.startsAt()), moved.apply(session.endsAt()),
							session.capacity(), session.meetingUrl()))
					.toList(),
				// a workshop stored before organisers and price were recorded gets the
				// programme's defaults, as a new plan that leaves them out does
				this.offering.organisers().isEmpty() ? null : this.offering.organisers(), this.offering.targetGroup(),
				this.offering.free());
		Workshop copy = draft(newId, plan, clock);
		// the next gathering of a series is for the same organisations
		copy.invitations = this.invitations;
		// the copy is a draft nobody has answered yet, so its form starts over at version
		// 1
		copy.questions = this.questions.isEmpty() ? QuestionForm.EMPTY
				: new QuestionForm(1, this.questions.questions());
		if (this.preparation != null) {
			copy.preparation = new Preparation(this.preparation.materials(), this.preparation.reflectionQuestions(),
					stored(moved.apply(this.preparation.releaseAt())), null);
		}
		return copy;
	}

	private static Session newSession(SessionPlan session) {
		return Timetable.newSession(session);
	}

	/**
	 * Staff rework a draft from a whole new plan; sessions get new ids, and material not
	 * yet sent moves with the first session.
	 */
	public Workshop revise(WorkshopPlan plan, Clock clock) {
		requireStatus("draft-only", "Bare utkast kan endres fritt; bruk flytting, økter og kapasitet for publiserte.",
				WorkshopStatus.DRAFT);
		Workshop revised = draft(this.id, plan, clock);
		revised.version = this.version;
		revised.invitations = this.invitations;
		revised.questions = this.questions;
		revised.preparation = preparationFollowing(revised.firstSessionStartsAt());
		return revised;
	}

	/** Opens a draft for registration; the deadline must still lie ahead. */
	public Workshop schedule(Instant now) {
		requireStatus("schedule-draft-only", "Bare utkast kan publiseres.", WorkshopStatus.DRAFT);
		if (!this.registrationDeadline.isAfter(now)) {
			throw new RuleViolation("registrationDeadline", "deadline-in-past",
					"Påmeldingsfristen kan ikke være passert.");
		}
		Workshop scheduled = copy();
		scheduled.status = WorkshopStatus.SCHEDULED;
		scheduled.scheduledAt = stored(now);
		return scheduled;
	}

	/**
	 * Registration stops, whether the deadline came or a staff member closed it early.
	 */
	public Workshop closeRegistration() {
		requireStatus("close-scheduled-only", "Påmeldingen kan bare stenges for verksted som er åpne for påmelding.",
				WorkshopStatus.SCHEDULED);
		Workshop closed = copy();
		closed.status = WorkshopStatus.REGISTRATION_CLOSED;
		return closed;
	}

	/** The workshop is over; possible once its last session has ended. */
	public Workshop complete(Instant now) {
		requireStatus("complete-published-only", "Bare publiserte verksted kan fullføres.", WorkshopStatus.SCHEDULED,
				WorkshopStatus.REGISTRATION_CLOSED);
		if (now.isBefore(lastSessionEndsAt())) {
			throw new RuleViolation("status", "complete-before-end",
					"Verkstedet kan ikke fullføres før siste økt er slutt.");
		}
		Workshop completed = copy();
		completed.status = WorkshopStatus.COMPLETED;
		return completed;
	}

	/** Calls the workshop off, for a reason everyone affected will be told. */
	public Workshop cancel(String reason) {
		requireStatus("cancel-before-completion", "Bare verksted som ikke er fullført eller avlyst kan avlyses.",
				WorkshopStatus.DRAFT, WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		if (SchedulingRules.isBlank(reason)) {
			throw new RuleViolation("reason", "reason-required", "Oppgi en grunn for avlysningen.");
		}
		Workshop cancelled = copy();
		cancelled.status = WorkshopStatus.CANCELLED;
		cancelled.cancellationReason = reason.strip();
		return cancelled;
	}

	/**
	 * New times: for the deadline and for the sessions named; sessions not named keep
	 * theirs. Each reschedule raises the revision, so calendar invites can be updated.
	 * Material not yet sent keeps its lead: it moves with the first session.
	 * <p>
	 * Once registration has closed, a new deadline is refused: it would not open
	 * registration again (no event says so, and registration-service treats the close as
	 * final), so accepting it would only mislead. The old deadline then no longer has to
	 * come before the sessions.
	 * @param deadline {@code null} keeps the current deadline
	 */
	public Workshop reschedule(Instant deadline, List<SessionTimes> times, Instant now) {
		requireStatus("reschedule-published-only",
				"Bare publiserte verksted som ikke er over kan flyttes; endre utkast direkte.",
				WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		Timetable moved = Timetable.of(this.sessions).moved(times, now);
		if (deadline != null && this.status == WorkshopStatus.REGISTRATION_CLOSED) {
			throw new ConflictingState("registrationDeadline", "deadline-after-close",
					"Påmeldingen er allerede stengt, og en ny frist åpner den ikke igjen. Flytt bare øktene.");
		}
		if (deadline != null && !deadline.isAfter(now)) {
			throw new RuleViolation("registrationDeadline", "deadline-in-past",
					"Den nye påmeldingsfristen kan ikke være passert.");
		}
		if (times.isEmpty() && deadline == null) {
			throw new RuleViolation("sessions", "nothing-to-reschedule", "Oppgi ny påmeldingsfrist eller nye tider.");
		}
		Workshop rescheduled = copy();
		rescheduled.sessions = moved.sessions();
		if (deadline != null) {
			rescheduled.registrationDeadline = stored(deadline);
		}
		if (rescheduled.status == WorkshopStatus.SCHEDULED
				&& !rescheduled.registrationDeadline.isBefore(rescheduled.firstSessionStartsAt())) {
			throw new RuleViolation("registrationDeadline", "deadline-not-before-start",
					"Påmeldingsfristen må være før første økt starter.");
		}
		rescheduled.revision = this.revision + 1;
		rescheduled.preparation = preparationFollowing(rescheduled.firstSessionStartsAt());
		return rescheduled;
	}

	/**
	 * Adds a session, typically a parallel overflow session the same day when interest is
	 * large; possible while registration is open and after it closed.
	 */
	public Workshop addSession(SessionPlan plan, Instant now) {
		requireStatus("add-session-active-only", "Økter kan bare legges til verksted som ikke er over eller avlyst.",
				WorkshopStatus.DRAFT, WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		Timetable more = Timetable.of(this.sessions)
			.withSession(plan, this.format, this.delegationSize.min(), this.registrationDeadline, now);
		Workshop added = copy();
		added.sessions = more.sessions();
		added.preparation = preparationFollowing(added.firstSessionStartsAt());
		return added;
	}

	/**
	 * Changes how many persons a session takes, never below the persons already confirmed
	 * in it.
	 * @param seatsTaken persons confirmed in the session, as counted from
	 * registration.events (registration-service owns the seats)
	 */
	public Workshop changeCapacity(String sessionId, int capacity, int seatsTaken) {
		requireStatus("capacity-active-only", "Kapasitet kan bare endres for verksted som ikke er over eller avlyst.",
				WorkshopStatus.DRAFT, WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		Timetable changedTimes = Timetable.of(this.sessions)
			.withCapacity(sessionId, capacity, this.delegationSize.min(), seatsTaken);
		Workshop changed = copy();
		changed.sessions = changedTimes.sessions();
		return changed;
	}

	/**
	 * New details: what the workshop is called and about, who runs it and for whom,
	 * whether it is free, where or through which link it is held, and its language.
	 * Checked by the same rules as when it was created; what the change leaves out stays.
	 * Possible until the workshop is over or cancelled. The deadline and the delegation
	 * rules are not details: delegations already registered were promised them.
	 * <p>
	 * A venue has no meeting links, so sessions' own links go when an online workshop
	 * moves to a venue; a venue workshop moved online needs a link for its sessions.
	 * @return this very workshop when the change would change nothing, so that nothing is
	 * stored or announced
	 */
	public Workshop changeDetails(DetailsChange change) {
		requireStatus("details-active-only", "Bare verksted som ikke er over eller avlyst kan endres.",
				WorkshopStatus.DRAFT, WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		FormatKind kind = (change.format() != null) ? change.format() : this.format.kind();
		String venue = (change.venue() != null) ? change.venue()
				: (kind == FormatKind.VENUE && this.format instanceof Format.Venue current) ? current.address() : null;
		String meetingUrl = (change.meetingUrl() != null) ? change.meetingUrl()
				: (kind == FormatKind.ONLINE && this.format instanceof Format.Online current) ? current.meetingUrl()
						: null;
		List<Session> sessions = this.sessions.stream()
			.map(session -> (kind == FormatKind.ONLINE) ? session
					: new Session(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity(), null))
			.toList();
		WorkshopPlan plan = new WorkshopPlan((change.title() != null) ? change.title() : this.title,
				(change.description() != null) ? change.description() : this.description, this.programme, kind, venue,
				meetingUrl, change.language(), this.registrationDeadline, this.delegationSize.min(),
				this.delegationSize.max(), this.outsideRoleRequired,
				sessions.stream()
					.map(session -> new SessionPlan(session.startsAt(), session.endsAt(), session.capacity(),
							session.meetingUrl()))
					.toList(),
				change.organisers(), change.targetGroup(), change.free());
		SchedulingRules.checkDetails(plan);
		Workshop changed = copy();
		changed.title = plan.title().strip();
		changed.description = blankToNull(plan.description());
		changed.offering = new Offering(
				(change.organisers() != null) ? change.organisers().stream().map(String::strip).toList()
						: this.offering.organisers(),
				(change.targetGroup() != null) ? blankToNull(change.targetGroup()) : this.offering.targetGroup(),
				(change.free() != null) ? change.free() : this.offering.free());
		changed.format = formatOf(plan);
		changed.language = SchedulingRules.isBlank(change.language()) ? this.language : change.language().strip();
		changed.sessions = sessions;
		return changed.hasSameDetailsAs(this) ? this : changed;
	}

	private boolean hasSameDetailsAs(Workshop other) {
		return this.title.equals(other.title) && Objects.equals(this.description, other.description)
				&& this.offering.equals(other.offering) && this.format.equals(other.format)
				&& this.language.equals(other.language) && this.sessions.equals(other.sessions);
	}

	/**
	 * Limits who may register (or opens the workshop to all again). Possible until the
	 * workshop is over or cancelled; delegations already registered keep their seats.
	 * @return this very workshop when nothing changes, so that nothing is stored or
	 * announced
	 */
	public Workshop invite(Invitations requested) {
		requireStatus("invitations-active-only",
				"Hvem som kan melde seg på, kan bare endres for verksted som ikke er over eller avlyst.",
				WorkshopStatus.DRAFT, WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		if (requested.equals(this.invitations)) {
			return this;
		}
		Workshop changed = copy();
		changed.invitations = requested;
		return changed;
	}

	/**
	 * A municipality newly selected for the pilot joins a workshop limited to the pilot
	 * municipalities; any other workshop, and one already listing it, stays as it is.
	 */
	public Workshop pilotMunicipalitySelected(String organisationNumber) {
		Invitations more = this.invitations.withPilotMunicipality(organisationNumber);
		if (more == this.invitations || !isActive()) {
			return this;
		}
		Workshop changed = copy();
		changed.invitations = more;
		return changed;
	}

	/**
	 * The extra questions of the registration form (issue 17): changed freely on a draft,
	 * only additively once published (see {@link QuestionForm}); not once over.
	 * @return this very workshop when nothing changes
	 */
	public Workshop askQuestions(List<Question> requested) {
		requireStatus("questions-active-only",
				"Spørsmålene kan bare endres for verksted som ikke er over eller avlyst.", WorkshopStatus.DRAFT,
				WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		QuestionForm changed = this.questions.changedTo(requested, this.status != WorkshopStatus.DRAFT);
		if (changed == this.questions) {
			return this;
		}
		Workshop asked = copy();
		asked.questions = changed;
		return asked;
	}

	/** Rebuilds the form as it was stored. */
	public Workshop withStoredQuestions(QuestionForm stored) {
		Workshop read = copy();
		read.questions = (stored != null) ? stored : QuestionForm.EMPTY;
		return read;
	}

	public QuestionForm questions() {
		return this.questions;
	}

	private boolean isActive() {
		return this.status == WorkshopStatus.DRAFT || this.status == WorkshopStatus.SCHEDULED
				|| this.status == WorkshopStatus.REGISTRATION_CLOSED;
	}

	/**
	 * Stores material and reflection questions for release at {@code releaseAt}, by
	 * default {@link #DEFAULT_PREPARATION_LEAD} before the first session. Publishing
	 * again replaces them and releases them again.
	 */
	public Workshop prepare(List<PreparationMaterial> materials, List<String> questions, Instant releaseAt) {
		requireStatus("prepare-active-only",
				"Materiell kan bare publiseres for verksted som ikke er over eller avlyst.", WorkshopStatus.DRAFT,
				WorkshopStatus.SCHEDULED, WorkshopStatus.REGISTRATION_CLOSED);
		Preparation preparation = Preparation.of(materials, questions, releaseAt, firstSessionStartsAt(),
				DEFAULT_PREPARATION_LEAD);
		Workshop prepared = copy();
		prepared.preparation = preparation;
		return prepared;
	}

	/**
	 * What time has made due, in the order it happens: registration closes at the
	 * deadline, material goes out at its release time, the workshop completes after its
	 * last session. Several may be due at once after a pause (a restart, say).
	 */
	public Progress advance(Instant now) {
		Workshop current = this;
		List<Milestone> reached = new ArrayList<>();
		if (current.status == WorkshopStatus.SCHEDULED && !now.isBefore(current.registrationDeadline)) {
			current = current.closeRegistration();
			reached.add(Milestone.REGISTRATION_CLOSED);
		}
		if (current.isPreparationDue(now)) {
			current = current.releasePreparation(now);
			reached.add(Milestone.MATERIALS_RELEASED);
		}
		if (current.status == WorkshopStatus.REGISTRATION_CLOSED && !now.isBefore(current.lastSessionEndsAt())) {
			current = current.complete(now);
			reached.add(Milestone.COMPLETED);
		}
		return new Progress(current, List.copyOf(reached));
	}

	/**
	 * Material not yet sent keeps the same lead before the first session when that
	 * session moves, whether the lead was the default week or a time staff chose: sent a
	 * week before the old date, it is sent a week before the new one.
	 */
	private Preparation preparationFollowing(Instant firstSessionStartsAt) {
		if (this.preparation == null || this.preparation.isReleased()) {
			return this.preparation;
		}
		Duration shift = Duration.between(firstSessionStartsAt(), firstSessionStartsAt);
		return this.preparation.releaseMovedBy(shift);
	}

	private boolean isPreparationDue(Instant now) {
		return this.status.isPublished() && this.status.isActive() && this.preparation != null
				&& !this.preparation.isReleased() && !now.isBefore(this.preparation.releaseAt());
	}

	private Workshop releasePreparation(Instant now) {
		Workshop released = copy();
		released.preparation = this.preparation.releasedAt(stored(now));
		return released;
	}

	/** What {@link #advance} did: the workshop after it, and the milestones it passed. */
	public record Progress(Workshop workshop, List<Milestone> reached) {

		public boolean changed() {
			return !this.reached.isEmpty();
		}

	}

	/** A change that comes with time rather than from staff. */
	public enum Milestone {

		REGISTRATION_CLOSED, MATERIALS_RELEASED, COMPLETED

	}

	/**
	 * The next moment something is due for this workshop, or {@code null} when nothing
	 * will be. Kept in storage so that the timetable finds due workshops by one query.
	 */
	public Instant nextDueAt() {
		Instant next = null;
		if (this.status == WorkshopStatus.SCHEDULED) {
			next = this.registrationDeadline;
		}
		if (this.status.isPublished() && this.status.isActive() && this.preparation != null
				&& !this.preparation.isReleased()) {
			next = earliest(next, this.preparation.releaseAt());
		}
		if (this.status == WorkshopStatus.SCHEDULED || this.status == WorkshopStatus.REGISTRATION_CLOSED) {
			next = earliest(next, lastSessionEndsAt());
		}
		return next;
	}

	private static Instant earliest(Instant one, Instant other) {
		return (one == null || other.isBefore(one)) ? other : one;
	}

	private Session session(String sessionId, String field) {
		return Timetable.of(this.sessions).session(sessionId, field);
	}

	private void requireStatus(String rule, String message, WorkshopStatus... allowed) {
		for (WorkshopStatus each : allowed) {
			if (this.status == each) {
				return;
			}
		}
		// The request is fine in itself; it clashes with where the workshop is now.
		throw new ConflictingState("status", rule, message);
	}

	private Workshop copy() {
		return new Workshop(this.id, this.version, this.status, this.title, this.description, this.programme,
				this.offering, this.format, this.language, this.registrationDeadline, this.delegationSize,
				this.outsideRoleRequired, this.sessions, this.scheduledAt, this.revision, this.cancellationReason,
				this.preparation, this.invitations)
			.withQuestionsOf(this);
	}

	private Workshop withQuestionsOf(Workshop other) {
		this.questions = other.questions;
		return this;
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
		return Timetable.stored(instant);
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

	public Session sessionById(String sessionId) {
		return session(sessionId, "sessionId");
	}

	public Instant firstSessionStartsAt() {
		return this.sessions.get(0).startsAt();
	}

	public Instant lastSessionEndsAt() {
		return this.sessions.stream().map(Session::endsAt).max(Comparator.naturalOrder()).orElseThrow();
	}

	public String id() {
		return this.id;
	}

	public long version() {
		return this.version;
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

	/** Who runs it, whom it is for, and whether it is free. */
	public Offering offering() {
		return this.offering;
	}

	public List<String> organisers() {
		return this.offering.organisers();
	}

	public String targetGroup() {
		return this.offering.targetGroup();
	}

	/** {@code null} only for a workshop stored before this was recorded. */
	public Boolean free() {
		return this.offering.free();
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

	/** When it was opened for registration; {@code null} for a draft. */
	public Instant scheduledAt() {
		return this.scheduledAt;
	}

	/** 0 until the first reschedule, then one more for each. */
	public int revision() {
		return this.revision;
	}

	public String cancellationReason() {
		return this.cancellationReason;
	}

	/** {@code null} until staff publish material or questions. */
	public Invitations invitations() {
		return this.invitations;
	}

	public Preparation preparation() {
		return this.preparation;
	}

}
