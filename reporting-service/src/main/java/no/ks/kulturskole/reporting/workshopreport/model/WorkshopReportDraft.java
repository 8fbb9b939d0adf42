package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One workshop's report being changed in memory: the report rules live here, so that a
 * batch of events (or a whole replayed partition) is folded into the report without a
 * round trip per event, and the store only loads and writes whole reports.
 * <p>
 * Every change is idempotent by state: delegations and participants are entries keyed by
 * their ids (added only when absent), mails are counted once per mail id, and every count
 * is derived from the entries when the report is made ({@link #report()},
 * {@link ReportCounts}), never moved by increments, so no count can drift. On top of that
 * {@link #isNew} stops a record read again (the offset watermark per partition) and an
 * event published again (the recent event ids): the platform's inbox,
 * {@link ReportInbox}, so that changes that set a value (a seat, a capacity) are not
 * moved backwards either. Order between topics does not matter: a delegation read before
 * the schedule names its session, whose capacity follows with the schedule.
 * <p>
 * Not thread-safe: one consumer thread folds one draft.
 */
public final class WorkshopReportDraft {

	/** Enough for any relay duplicate; a constant, so the document stays bounded. */
	public static final int RECENT_EVENTS = 64;

	private final String workshopId;

	private String title;

	private String programme;

	private WorkshopStatus status;

	private Instant registrationOpenedAt;

	private Instant registrationDeadline;

	private final Map<String, SessionPlan> sessions = new LinkedHashMap<>();

	private final Map<String, DelegationReport> delegations = new LinkedHashMap<>();

	private ParticipantRoster participants = new ParticipantRoster(List.of(), List.of());

	private MailCounts mails = new MailCounts(List.of(), Totals.NONE, List.of());

	/** Staff's messages by id: a message read again is the same entry. */
	private final Map<String, SentMessage> messages = new LinkedHashMap<>();

	/** Per session and delegation: who was there, newest sequence only. */
	private final Map<String, AttendanceRecord> attendance = new LinkedHashMap<>();

	/** The extra registration questions and the answers (issue 17). */
	private FormResponses form = new FormResponses(List.of(), List.of());

	private ReportInbox inbox = new ReportInbox();

	private boolean changed;

	private WorkshopReportDraft(String workshopId) {
		this.workshopId = workshopId;
	}

	/** A report nobody has written yet: registrations may be read before the schedule. */
	public static WorkshopReportDraft empty(String workshopId) {
		return new WorkshopReportDraft(workshopId);
	}

	/** The report as stored, ready for more events. */
	public static WorkshopReportDraft of(WorkshopReport stored, ReportBookkeeping bookkeeping) {
		WorkshopReportDraft draft = new WorkshopReportDraft(stored.workshopId());
		draft.title = stored.title();
		draft.programme = stored.programme();
		draft.status = stored.status();
		draft.registrationOpenedAt = stored.registrationOpenedAt();
		draft.registrationDeadline = stored.registrationDeadline();
		stored.sessions()
			.forEach(session -> draft.sessions.put(session.sessionId(),
					new SessionPlan(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity())));
		stored.delegations().forEach(delegation -> draft.delegations.put(delegation.delegationId(), delegation));
		draft.participants = new ParticipantRoster(stored.participants(), bookkeeping.removedParticipants());
		draft.mails = new MailCounts(stored.mails(), stored.totals(), bookkeeping.countedMails());
		stored.messages().forEach(message -> draft.messages.put(message.messageId(), message));
		stored.attendance().forEach(entry -> draft.attendance.put(entry.key(), entry));
		draft.form = new FormResponses(stored.questions(), stored.answers());
		draft.inbox = ReportInbox.of(bookkeeping);
		return draft;
	}

	public String workshopId() {
		return this.workshopId;
	}

	/** Whether anything was applied since the draft was made or loaded. */
	public boolean changed() {
		return this.changed;
	}

	/**
	 * Whether this event has not been applied yet: its record is above the last one
	 * applied from its partition (one workshop's records of one topic sit in one
	 * partition, in order), and its id is not among the last ones applied.
	 * @param stream the source partition, e.g. {@code registration_events-1}
	 */
	public boolean isNew(String stream, long offset, String eventId) {
		return this.inbox.isNew(stream, offset, eventId);
	}

	/** Notes the event as applied; call after its change succeeded. */
	public void applied(String stream, long offset, String eventId) {
		this.inbox.applied(stream, offset, eventId);
		this.changed = true;
	}

	public void schedule(String title, String programme, Instant scheduledAt, Instant registrationDeadline,
			List<SessionPlan> sessions) {
		this.title = title;
		this.programme = programme;
		this.status = WorkshopStatus.SCHEDULED;
		this.registrationOpenedAt = scheduledAt;
		this.registrationDeadline = registrationDeadline;
		sessions.forEach(session -> this.sessions.put(session.sessionId(), session));
	}

	/**
	 * Sessions added or moved; capacity moves seats left.
	 * @param registrationDeadline {@code null} leaves the deadline as it is
	 */
	public void sessions(List<SessionPlan> sessions, Instant registrationDeadline) {
		if (registrationDeadline != null) {
			this.registrationDeadline = registrationDeadline;
		}
		sessions.forEach(session -> this.sessions.put(session.sessionId(), session));
	}

	public void capacity(String sessionId, int capacity) {
		SessionPlan session = session(sessionId);
		this.sessions.put(sessionId, new SessionPlan(sessionId, session.startsAt(), session.endsAt(), capacity));
	}

	public void title(String title) {
		this.title = title;
	}

	public void status(WorkshopStatus status) {
		this.status = status;
	}

	/** A delegation registered; registering it again (same id) changes nothing. */
	public void registerDelegation(DelegationReport delegation) {
		session(delegation.sessionId());
		this.delegations.putIfAbsent(delegation.delegationId(), delegation);
	}

	/**
	 * A delegate named. Those named with the registration are already in the delegation's
	 * size; one added later makes the delegation one person larger.
	 */
	public void registerParticipant(ParticipantReport participant) {
		if (this.participants.knows(participant.participantId())) {
			return;
		}
		DelegationReport delegation = this.delegations.get(participant.delegationId());
		if (delegation != null && delegation.status() != DelegationStatus.CANCELLED
				&& this.participants.namedIn(delegation.delegationId()) >= delegation.participantCount()) {
			this.delegations.put(delegation.delegationId(), delegation.resized(delegation.participantCount() + 1));
		}
		this.participants.add(participant);
	}

	/** The delegation now has this status and size in this session. */
	public void seat(String delegationId, String sessionId, DelegationStatus status, int participantCount) {
		DelegationReport before = delegation(delegationId);
		session(sessionId);
		this.delegations.put(delegationId, before.seated(sessionId, status, participantCount));
	}

	/** Counted nowhere any more (kept so that staff see it); its participants leave. */
	public void cancel(String delegationId) {
		DelegationReport before = delegation(delegationId);
		if (before.status() == DelegationStatus.CANCELLED) {
			return;
		}
		this.delegations.put(delegationId, before.withStatus(DelegationStatus.CANCELLED));
		this.participants.removeDelegation(delegationId);
	}

	public void removeParticipant(String delegationId, String participantId) {
		if (!this.participants.remove(participantId)) {
			// removed already, with its cancelled delegation
			return;
		}
		DelegationReport delegation = this.delegations.get(delegationId);
		if (delegation != null && delegation.status() != DelegationStatus.CANCELLED) {
			this.delegations.put(delegationId, delegation.resized(delegation.participantCount() - 1));
		}
	}

	/** In place, so that the list keeps the order in which the delegation named them. */
	public void replaceParticipant(String replacedParticipantId, ParticipantReport participant) {
		if (!this.participants.isNamed(participant.participantId())) {
			this.participants.replace(replacedParticipantId, participant);
		}
	}

	/** A delegation may send its answers again; it still counts once. */
	public void reflection(String delegationId) {
		this.delegations.put(delegationId, delegation(delegationId).withReflectionSubmitted());
	}

	/**
	 * @param delegationId {@code null} for a mail about the workshop as a whole
	 */
	public void mailSent(String mailId, String delegationId) {
		this.mails.sent(mailId, delegationId);
	}

	/**
	 * @param delegationId {@code null} for a mail about the workshop as a whole
	 */
	public void mailFailed(String mailId, String delegationId) {
		this.mails.failed(mailId, delegationId);
	}

	/**
	 * Staff sent a message to the registrants; the same message again changes nothing.
	 */
	public void messageSent(SentMessage message) {
		this.messages.putIfAbsent(message.messageId(), message);
	}

	/**
	 * Staff recorded who of a delegation attended a session: replaces what the report
	 * holds for it unless that came from a newer change (a late copy never moves it
	 * back). A delegation the report does not know is refused, like every change to one.
	 */
	public void attendanceRecorded(AttendanceRecord recorded) {
		delegation(recorded.delegationId());
		session(recorded.sessionId());
		AttendanceRecord held = this.attendance.get(recorded.key());
		if (held == null || held.sequence() < recorded.sequence()) {
			this.attendance.put(recorded.key(), recorded);
		}
	}

	/** The workshop's extra questions, the whole form as it now stands. */
	public void questionsChanged(List<FormQuestion> form) {
		this.form.questionsChanged(form);
	}

	/**
	 * A delegation's answers, all of them: replace what the report holds unless that is
	 * newer (a late copy never moves them back). Answers whose values could not be read
	 * (erased) are left out.
	 */
	public void answersGiven(FormAnswers given) {
		this.form.answersGiven(given);
	}

	/** The report with every count derived from the entries. */
	public WorkshopReport report() {
		ReportCounts counts = new ReportCounts(this.delegations.values());
		List<SessionReport> sessionReports = this.sessions.values().stream().map(counts::of).toList();
		Totals totals = counts.totals(this.participants.list().size(), this.mails, this.delegations.values());
		return WorkshopReport.of(this.workshopId, this.title, this.programme, this.status, this.registrationOpenedAt,
				this.registrationDeadline, sessionReports, List.copyOf(this.delegations.values()),
				this.participants.list(), counts.municipalities(), totals, this.mails.perDelegation(),
				List.copyOf(this.messages.values()), List.copyOf(this.attendance.values()), this.form.questions(),
				this.form.answers());
	}

	public ReportBookkeeping bookkeeping() {
		return new ReportBookkeeping(this.inbox.positions(), this.inbox.recentEvents(), this.mails.counted(),
				this.participants.removed());
	}

	/** The session, created empty (capacity 0 until the schedule is read) if absent. */
	private SessionPlan session(String sessionId) {
		return this.sessions.computeIfAbsent(sessionId, (id) -> new SessionPlan(id, null, null, 0));
	}

	/**
	 * A change to a delegation read before its registration: cannot happen within one
	 * partition (all of a workshop's registration events share its key) unless the
	 * registration itself was dead-lettered. Refused, so that this one follows it.
	 */
	private DelegationReport delegation(String delegationId) {
		DelegationReport delegation = this.delegations.get(delegationId);
		if (delegation == null) {
			throw new IllegalStateException("Delegation " + delegationId + " is not in the report");
		}
		return delegation;
	}

}
