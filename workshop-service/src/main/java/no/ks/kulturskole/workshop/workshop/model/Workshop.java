package no.ks.kulturskole.workshop.workshop.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.questions.model.QuestionForm;

/**
 * A workshop (verksted) of the programme: what it is about, how people attend, who may
 * come and when. The aggregate whose document also carries the events announcing its
 * changes.
 * <p>
 * Immutable to everyone else: every change returns a new workshop with the same
 * {@link #version()}, which the repository uses to store it only if nobody changed it in
 * between. A change sets the fields of its own fresh copy before returning it, never this
 * workshop's.
 * <p>
 * The workshop hands its rules to policies and keeps only the decisions that need its
 * state: {@link StatusRule} (what each change asks of the status),
 * {@link SchedulingRules} (a new plan), {@link Details} (a change of details),
 * {@link Timetable} and {@link Rescheduling} (sessions and deadline), {@link Preparation}
 * (material), {@link Milestones} (what time makes due) and {@link WorkshopCopy} (the next
 * round of a series). It is longer than the house's ~300 lines because the storage
 * adapter, the events and the web layer read each of its seventeen facts through an
 * accessor of its own, and each change keeps its Javadoc here, where callers look.
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
				delegationSize, outsideRoleRequired, sessions, scheduledAt, 0, null, null, Invitations.OPEN);
	}

	/**
	 * Rebuilds a workshop as it was stored, with who may register for it. Rules are
	 * checked when a workshop changes, not when it is read back: a stored workshop whose
	 * deadline has passed is still a workshop.
	 * @param scheduledAt {@code null} while a draft
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
		this.sessions = Timetable.of(sessions).sessions();
		this.scheduledAt = scheduledAt;
		this.revision = revision;
		this.cancellationReason = cancellationReason;
		this.preparation = preparation;
		this.invitations = Objects.requireNonNull(invitations, "invitations");
		if (status != WorkshopStatus.DRAFT) {
			Objects.requireNonNull(scheduledAt, "scheduledAt");
		}
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
		SchedulingRules.check(plan, clock.instant());
		return new Workshop(id, 0, WorkshopStatus.DRAFT, plan.title().strip(),
				SchedulingRules.blankToNull(plan.description()), SchedulingRules.blankToNull(plan.programme()),
				Offering.of(plan), plan.askedFormat(), plan.languageOrDefault(), stored(plan.registrationDeadline()),
				new DelegationSize(plan.minDelegationSize(), plan.maxDelegationSize()), plan.outsideRoleRequired(),
				plan.sessions().stream().map(Timetable::newSession).toList(), null, 0, null, null, Invitations.OPEN);
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
		return WorkshopCopy.of(this, newId, shift, zone, clock);
	}

	/**
	 * Staff rework a draft from a whole new plan; sessions get new ids, and material not
	 * yet sent moves with the first session.
	 */
	public Workshop revise(WorkshopPlan plan, Clock clock) {
		StatusRule.REVISE.check(this.status);
		Workshop draft = draft(this.id, plan, clock);
		Workshop revised = draft.carrying(this.invitations, this.questions,
				preparationFollowing(draft.firstSessionStartsAt()));
		revised.version = this.version;
		return revised;
	}

	/** Opens a draft for registration; the deadline must still lie ahead. */
	public Workshop schedule(Instant now) {
		StatusRule.SCHEDULE.check(this.status);
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
		StatusRule.CLOSE.check(this.status);
		Workshop closed = copy();
		closed.status = WorkshopStatus.REGISTRATION_CLOSED;
		return closed;
	}

	/** The workshop is over; possible once its last session has ended. */
	public Workshop complete(Instant now) {
		StatusRule.COMPLETE.check(this.status);
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
		StatusRule.CANCEL.check(this.status);
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
	 * theirs (rules in {@link Rescheduling}). Each reschedule raises the revision, so
	 * calendar invites can be updated. Material not yet sent keeps its lead: it moves
	 * with the first session.
	 * @param deadline {@code null} keeps the current deadline
	 */
	public Workshop reschedule(Instant deadline, List<SessionTimes> times, Instant now) {
		StatusRule.RESCHEDULE.check(this.status);
		Rescheduling moved = Rescheduling.of(this, deadline, times, now);
		Workshop rescheduled = withSessions(moved.sessions());
		rescheduled.registrationDeadline = moved.deadline();
		rescheduled.revision = this.revision + 1;
		return rescheduled;
	}

	/**
	 * Adds a session, typically a parallel overflow session the same day when interest is
	 * large; possible while registration is open and after it closed.
	 */
	public Workshop addSession(SessionPlan plan, Instant now) {
		StatusRule.ADD_SESSION.check(this.status);
		return withSessions(Timetable.of(this.sessions)
			.withSession(plan, this.format, this.delegationSize.min(), this.registrationDeadline, now)
			.sessions());
	}

	/** These sessions, with material not yet sent following the first of them. */
	private Workshop withSessions(List<Session> sessions) {
		Workshop changed = copy();
		changed.sessions = sessions;
		changed.preparation = preparationFollowing(sessions.get(0).startsAt());
		return changed;
	}

	/**
	 * Changes how many persons a session takes, never below the persons already confirmed
	 * in it.
	 * @param seatsTaken persons confirmed in the session, as counted from
	 * registration.events (registration-service owns the seats)
	 */
	public Workshop changeCapacity(String sessionId, int capacity, int seatsTaken) {
		StatusRule.CHANGE_CAPACITY.check(this.status);
		Workshop changed = copy();
		changed.sessions = Timetable.of(this.sessions)
			.withCapacity(sessionId, capacity, this.delegationSize.min(), seatsTaken)
			.sessions();
		return changed;
	}

	/**
	 * New details (see {@link Details#changed}): what the workshop is called and about,
	 * who runs it and for whom, whether it is free, where or through which link it is
	 * held, and its language. Possible until the workshop is over or cancelled. The
	 * deadline and the delegation rules are not details: delegations already registered
	 * were promised them.
	 * @return this very workshop when the change would change nothing, so that nothing is
	 * stored or announced
	 */
	public Workshop changeDetails(DetailsChange change) {
		StatusRule.CHANGE_DETAILS.check(this.status);
		Details details = Details.changed(this, change);
		if (details.equals(Details.of(this))) {
			return this;
		}
		Workshop changed = copy();
		changed.title = details.title();
		changed.description = details.description();
		changed.offering = details.offering();
		changed.format = details.format();
		changed.language = details.language();
		changed.sessions = details.sessions();
		return changed;
	}

	/**
	 * Limits who may register (or opens the workshop to all again). Possible until the
	 * workshop is over or cancelled; delegations already registered keep their seats.
	 * @return this very workshop when nothing changes, so that nothing is stored or
	 * announced
	 */
	public Workshop invite(Invitations requested) {
		StatusRule.INVITE.check(this.status);
		return requested.equals(this.invitations) ? this : carrying(requested, this.questions, this.preparation);
	}

	/**
	 * A municipality newly selected for the pilot joins a workshop limited to the pilot
	 * municipalities; any other workshop, and one already listing it, stays as it is.
	 */
	public Workshop pilotMunicipalitySelected(String organisationNumber) {
		Invitations more = this.invitations.withPilotMunicipality(organisationNumber);
		if (more == this.invitations || !this.status.isActive()) {
			return this;
		}
		return carrying(more, this.questions, this.preparation);
	}

	/**
	 * The extra questions of the registration form (issue 17): changed freely on a draft,
	 * only additively once published (see {@link QuestionForm}); not once over.
	 * @return this very workshop when nothing changes
	 */
	public Workshop askQuestions(List<Question> requested) {
		StatusRule.ASK_QUESTIONS.check(this.status);
		QuestionForm changed = this.questions.changedTo(requested, this.status != WorkshopStatus.DRAFT);
		return (changed == this.questions) ? this : carrying(this.invitations, changed, this.preparation);
	}

	/** Rebuilds the form as it was stored. */
	public Workshop withStoredQuestions(QuestionForm stored) {
		return carrying(this.invitations, (stored != null) ? stored : QuestionForm.EMPTY, this.preparation);
	}

	public QuestionForm questions() {
		return this.questions;
	}

	/**
	 * Stores material and reflection questions for release at {@code releaseAt}, by
	 * default {@link #DEFAULT_PREPARATION_LEAD} before the first session. Publishing
	 * again replaces them and releases them again.
	 */
	public Workshop prepare(List<PreparationMaterial> materials, List<String> questions, Instant releaseAt) {
		StatusRule.PREPARE.check(this.status);
		Preparation preparation = Preparation.of(materials, questions, releaseAt, firstSessionStartsAt(),
				DEFAULT_PREPARATION_LEAD);
		return carrying(this.invitations, this.questions, preparation);
	}

	/**
	 * What time has made due (see {@link Milestones}), in the order it happens:
	 * registration closes at the deadline, material goes out at its release time, the
	 * workshop completes after its last session.
	 */
	public Progress advance(Instant now) {
		return Milestones.advance(this, now);
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
		return Milestones.nextDueAt(this);
	}

	Workshop releasePreparation(Instant now) {
		return carrying(this.invitations, this.questions, this.preparation.releasedAt(stored(now)));
	}

	/**
	 * This workshop with what is kept beside its plan: who is invited, its questions and
	 * its material. Used where a new plan replaces the old one, and by each change of
	 * them alone.
	 */
	Workshop carrying(Invitations invitations, QuestionForm questions, Preparation preparation) {
		Workshop carried = copy();
		carried.invitations = invitations;
		carried.questions = questions;
		carried.preparation = preparation;
		return carried;
	}

	private Preparation preparationFollowing(Instant firstSessionStartsAt) {
		return Preparation.following(this.preparation, firstSessionStartsAt(), firstSessionStartsAt);
	}

	/**
	 * The copy every change starts from; only the change itself sets its fields, before
	 * the copy is returned, so that nobody sees a workshop change.
	 */
	private Workshop copy() {
		Workshop copy = new Workshop(this.id, this.version, this.status, this.title, this.description, this.programme,
				this.offering, this.format, this.language, this.registrationDeadline, this.delegationSize,
				this.outsideRoleRequired, this.sessions, this.scheduledAt, this.revision, this.cancellationReason,
				this.preparation, this.invitations);
		copy.questions = this.questions;
		return copy;
	}

	/** MongoDB keeps milliseconds; keeping the same here makes what we return match. */
	private static Instant stored(Instant instant) {
		return Timetable.stored(instant);
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
		return Timetable.of(this.sessions).session(sessionId, "sessionId");
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
