package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;
import no.ks.kulturskole.support.inbox.AppliedEvents;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Every registration of one workshop, with the replica of the workshop they are for: the
 * aggregate of this service. Its commit point is ONE MongoDB document per workshop
 * ({@code workshop_registrations}, {@code _id} = workshopId); each delegation is kept in
 * a document of its own, written from that document's journal (see the store).
 * <p>
 * Why one commit point: the embedded MongoDB has no multi-document transactions, and seat
 * counting, the waiting-list order, "one delegation per municipality" and the outbox must
 * change together. Through one document they do: every change is a read-modify-write
 * whose update is conditioned on {@link #version()} (optimistic locking), so two requests
 * (or two instances of the service) that read the same state cannot both place a
 * delegation on the same seats; the loser reads again and decides anew. The delegations'
 * changes (the journal) and their events (the outbox array) are written in the same
 * single-document update, so an event is never published for a delegation that was not
 * stored, nor a stored one left unannounced.
 * <p>
 * Placement: a delegation sits whole in the earliest session with room for all its
 * participants, otherwise the whole group is waitlisted; it is never split. Requests are
 * placed in the order they are stored (first come, first served): a later delegation
 * never takes seats from an earlier one. A later, smaller delegation may take seats that
 * an earlier, larger waitlisted delegation could not use; the waiting list itself is kept
 * in order of registration for promotions.
 * <p>
 * The aggregate is the one entry point for every change, and hands the rules of each to a
 * policy: {@link DelegationRules} (what a delegation must be, and when one is taken),
 * {@link Seating} (placement and the waiting list), {@link ParticipantChanges} (the
 * coordinator's edits), {@link Cancellations}, {@link SessionMoves} (staff moves),
 * {@link AttendanceRegister}, {@link Conflicts} (another address registering an
 * organisation that has a delegation) and {@link RegistrationEvents} (the events each
 * change tells). It stays above the house's ~300 lines because it answers some thirty
 * commands and questions from the application, the web layer and the consumers, each with
 * the Javadoc its callers read here; the workshop events, which only replace the replica
 * and promote, are applied here beside {@link #next}, whose applied-event ids make a
 * redelivery change nothing.
 *
 * @param id the workshop id
 * @param appliedEvents ids of workshop events already applied, so that a redelivered
 * event changes nothing: the platform's inbox ({@link AppliedEvents}, bounded), kept in
 * the aggregate so that it is written in the same update as the change
 * @param conflicts attempts by other addresses to register an organisation that has a
 * delegation, open until staff resolve them, then kept for the record
 * @param attendance who attended each session, per delegation (one entry per delegation
 * and session that had anyone there, or had and was corrected)
 * @param version incremented by every change; the condition of every update
 */
public record WorkshopRegistrations(String id, Workshop workshop, List<Delegation> delegations,
		List<RegistrationConflict> conflicts, List<SessionAttendance> attendance, List<String> appliedEvents,
		long version) {

	/** Workshops are held, and their deadlines set, in Norwegian time. */
	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/**
	 * The most delegates a delegation may have where the workshop sets no maximum (or a
	 * higher one): keeps one workshop's registrations within one document.
	 */
	public static final int MAX_DELEGATES = 30;

	/**
	 * Open conflicts one delegation may have at a time: enough for every colleague who
	 * might try, and a bound on what strangers can make the platform mail and store.
	 * Beyond it an attempt is refused as any other, and nothing is recorded.
	 */
	static final int MAX_OPEN_CONFLICTS = 10;

	public WorkshopRegistrations {
		delegations = (delegations != null) ? List.copyOf(delegations) : List.of();
		conflicts = (conflicts != null) ? List.copyOf(conflicts) : List.of();
		attendance = (attendance != null) ? List.copyOf(attendance) : List.of();
		appliedEvents = (appliedEvents != null) ? List.copyOf(appliedEvents) : List.of();
	}

	/** The aggregate as the first workshop event creates it. */
	public static WorkshopRegistrations scheduled(String workshopId, String eventId, Workshop workshop) {
		return new WorkshopRegistrations(workshopId, workshop, List.of(), List.of(), List.of(), List.of(eventId), 1);
	}

	/**
	 * The same registrations as stored under {@code version}: a batch of changes counts
	 * one version per change in memory, the document one per update.
	 */
	public WorkshopRegistrations storedAs(long version) {
		return new WorkshopRegistrations(this.id, this.workshop, this.delegations, this.conflicts, this.attendance,
				this.appliedEvents, version);
	}

	public boolean hasApplied(String eventId) {
		return AppliedEvents.of(this.appliedEvents).contains(eventId);
	}

	/** The replica after a newer description of the workshop; delegations stay. */
	public WorkshopRegistrations withWorkshop(String eventId, Workshop newer) {
		return next(newer, this.delegations, eventId);
	}

	public Optional<Delegation> delegation(String delegationId) {
		return this.delegations.stream()
			.filter(delegation -> delegation.delegationId().equals(delegationId))
			.findFirst();
	}

	public Optional<Delegation> activeDelegationOf(String organisationNumber) {
		return this.delegations.stream()
			.filter(Delegation::isActive)
			.filter(delegation -> delegation.organisation().number().equals(organisationNumber))
			.findFirst();
	}

	public int confirmedPersonsIn(String sessionId) {
		return Seating.confirmedPersonsIn(this.delegations, sessionId);
	}

	/** Waitlisted delegations in the order they came. */
	public List<Delegation> waitingList() {
		return this.delegations.stream().filter(Delegation::isWaiting).toList();
	}

	/**
	 * Whether a delegation may still add, remove and cancel: until the deadline, while
	 * the workshop takes registrations. After it, only replacing a delegate is allowed.
	 */
	public boolean acceptsChanges(Instant now) {
		return this.workshop.status() == WorkshopStatus.SCHEDULED && !now.isAfter(this.workshop.registrationDeadline());
	}

	/**
	 * Whether a delegate may be replaced by another person: also after the deadline,
	 * until the workshop is cancelled or over.
	 */
	public boolean acceptsReplacements() {
		return !this.workshop.status().isOver();
	}

	/**
	 * Whether the delegation may submit or edit its reflection answers: until its session
	 * starts.
	 */
	public boolean acceptsReflection(Delegation delegation, Instant now) {
		Instant startsAt = this.workshop.session(delegation.sessionId()).map(Session::startsAt).orElse(Instant.MIN);
		return delegation.isActive() && !this.workshop.status().isOver() && now.isBefore(startsAt);
	}

	// --- workshop events -------------------------------------------------------------

	/** An overflow (or any) session was added: waiting delegations that fit move in. */
	public Change sessionAdded(String eventId, Session session, Instant now) {
		return afterWorkshopChange(eventId, this.workshop.withSession(session), now);
	}

	/**
	 * A session's capacity changed. Lowering it never unseats a confirmed delegation;
	 * raising it promotes.
	 */
	public Change capacityChanged(String eventId, String sessionId, int capacity, Instant now) {
		Workshop newer = this.workshop.session(sessionId)
			.map(session -> this.workshop
				.withSession(new Session(sessionId, session.startsAt(), session.endsAt(), capacity)))
			.orElse(this.workshop);
		return afterWorkshopChange(eventId, newer, now);
	}

	/** New times and deadline; capacities may have grown as well. */
	public Change rescheduled(String eventId, Instant deadline, List<Session> sessions, Instant now) {
		return afterWorkshopChange(eventId, this.workshop.withSessions(deadline, sessions), now);
	}

	/**
	 * New details; registration keeps only the title, which its events name, and the
	 * organisers, which its participation confirmations name. Seats, deadline and rules
	 * are untouched, so nobody is promoted or moved.
	 */
	public Change detailsChanged(String eventId, String title, List<String> organisers) {
		return new Change(next(this.workshop.withTitle(title).withOrganisers(organisers), this.delegations, eventId),
				List.of());
	}

	/**
	 * Who may register from now on. Delegations already registered keep their seats: the
	 * limit is on new registrations, not a cancellation.
	 * @param invited {@code null} when every organisation may register
	 */
	public Change invitationsChanged(String eventId, List<String> invited) {
		return new Change(next(this.workshop.withInvitedOrganisations(invited), this.delegations, eventId), List.of());
	}

	/** No new registrations; delegations stay, and may still replace delegates. */
	public Change registrationClosed(String eventId) {
		WorkshopStatus status = this.workshop.status().isOver() ? this.workshop.status() : WorkshopStatus.CLOSED;
		return new Change(next(this.workshop.withStatus(status), this.delegations, eventId), List.of());
	}

	/**
	 * @param completedAt when workshop-service completed it: the retention time counts
	 * from then
	 */
	public Change completed(String eventId, Instant completedAt) {
		return new Change(next(this.workshop.ended(WorkshopStatus.COMPLETED, completedAt), this.delegations, eventId),
				List.of());
	}

	/** Every active delegation is cancelled with the workshop's reason. */
	public Change workshopCancelled(String eventId, String reason, Instant now) {
		return new Cancellations(this).withWorkshop(eventId, reason, now);
	}

	private Change afterWorkshopChange(String eventId, Workshop newer, Instant now) {
		List<Delegation> delegations = new ArrayList<>(this.delegations);
		List<DomainEvent> events = promote(newer, delegations, now);
		return new Change(next(newer, delegations, eventId), events);
	}

	// --- changes by the delegation and by staff ---------------------------------------

	/**
	 * The coordinator cancels; the seats go to the first waiting delegations that fit.
	 * @throws ConflictingState after the deadline
	 */
	public Change cancel(String delegationId, String reason, Instant now) {
		return new Cancellations(this).byCoordinator(delegationId, reason, now);
	}

	/**
	 * Staff cancel a delegation, also after the deadline (e.g. the municipality calls the
	 * day before); the seats go to the first waiting delegations that fit.
	 */
	public Change cancelByStaff(String delegationId, String reason, Instant now) {
		return new Cancellations(this).byStaff(delegationId, reason, now);
	}

	/**
	 * The delegation as the coordinator wants it now (see {@link ParticipantChanges}):
	 * the workshop's rules apply to the result as to a new registration; a confirmed
	 * delegation that grows must still fit its session, one that shrinks frees seats.
	 * @throws RuleViolation when the result breaks a rule
	 * @throws ConflictingState when adding or removing after the deadline, or when the
	 * session has no room for more
	 */
	public Change changeParticipants(String delegationId, List<DelegateEntry> entries, Instant now) {
		return new ParticipantChanges(this).change(delegationId, entries, now);
	}

	/**
	 * Staff move a delegation, whole, into a session with room for all of it; the seats
	 * it leaves go to the waiting list.
	 */
	public Change move(String delegationId, String toSessionId, Instant now) {
		return new SessionMoves(this).move(delegationId, toSessionId, now);
	}

	/**
	 * Staff move the waiting list into a session, typically a new overflow session: every
	 * waiting delegation that fits, in the order they came; the others keep waiting.
	 */
	public Change moveWaitingList(String toSessionId, Instant now) {
		return new SessionMoves(this).moveWaitingList(toSessionId, now);
	}

	/**
	 * The delegation's answers to the workshop's reflection questions; they may be edited
	 * until its session starts.
	 */
	public Change submitReflection(String delegationId, List<ReflectionAnswer> answers, Instant now) {
		Delegation delegation = activeDelegation(delegationId);
		if (answers.isEmpty()) {
			throw new RuleViolation("answers", "answers-missing", "Svar på minst ett av refleksjonsspørsmålene.");
		}
		if (!acceptsReflection(delegation, now)) {
			throw new ConflictingState("answers", "reflection-closed",
					"Refleksjonssvarene kan bare sendes inn og endres før økten starter.");
		}
		if (delegation.reflection().equals(answers)) {
			return new Change(this, List.of());
		}
		return new Change(next(this.workshop, replaced(delegation.withReflection(answers)), null),
				List.of(events().reflectionSubmitted(delegation, answers, now)));
	}

	/**
	 * Staff recorded who attended a session (see {@link AttendanceRegister}):
	 * {@code present} is everyone there now, from any active delegation of the workshop
	 * (someone may join another session than their delegation's). Each delegation whose
	 * set changed gets one {@code AttendanceRecorded} with its whole set; a delegation
	 * not named keeps nobody present in the session. Recording the same set again changes
	 * nothing.
	 */
	public Change recordAttendance(String sessionId, Collection<String> present, Instant now) {
		return new AttendanceRegister(this).record(sessionId, present, now);
	}

	/** The ids of everyone recorded present in the session, in the delegations' order. */
	public List<String> presentIn(String sessionId) {
		return new AttendanceRegister(this).presentIn(sessionId);
	}

	/** How many of the delegation's participants were recorded present in any session. */
	public int presentPersonsOf(String delegationId) {
		return new AttendanceRegister(this).presentPersonsOf(delegationId);
	}

	/**
	 * The coordinator lost the link and asks for a new one with the organisation number
	 * and the coordinator's e-mail address. Only when the organisation has an active
	 * delegation whose coordinator has that address does anything change: the new secret
	 * replaces the old one (which stops working) and is announced sealed, for
	 * notification-service to mail to that address. Otherwise empty, and the caller
	 * answers exactly as when it matched.
	 */
	public Optional<Change> newManageLink(String organisationNumber, String coordinatorEmail, ManageSecret secret,
			Instant now) {
		return activeDelegationOf(organisationNumber).filter(delegation -> delegation.isCoordinatedBy(coordinatorEmail))
			.map(delegation -> new Change(
					next(this.workshop, replaced(delegation.withManageTokenHash(secret.hash())), null),
					List.of(events().manageLinkIssued(delegation, secret, ManageLinkIssued.Reason.REQUESTED, now))));
	}

	Delegation activeDelegation(String delegationId) {
		return delegation(delegationId).filter(Delegation::isActive)
			.orElseThrow(() -> new NotFound("delegationId", "Påmeldingen finnes ikke, eller er avmeldt."));
	}

	/** The delegations with {@code changed} in place of the one it was. */
	List<Delegation> replaced(Delegation changed) {
		return new ArrayList<>(this.delegations.stream()
			.map(delegation -> delegation.delegationId().equals(changed.delegationId()) ? changed : delegation)
			.toList());
	}

	/** The next version; {@code eventId} is the workshop event applied, if any. */
	WorkshopRegistrations next(Workshop workshop, List<Delegation> delegations, String eventId) {
		List<String> applied = (eventId != null) ? AppliedEvents.of(this.appliedEvents).with(eventId).ids()
				: this.appliedEvents;
		return new WorkshopRegistrations(this.id, workshop, delegations, this.conflicts, this.attendance, applied,
				this.version + 1);
	}

	/**
	 * The registrations with one delegation's personal data erased (issue 14): names read
	 * "slettet", addresses, phone numbers and reflection answers are gone, in the
	 * delegation and in the conflicts about it. Seats, roles and counts stay. No events:
	 * the erasure is told by {@code DataKeyErased}.
	 */
	public WorkshopRegistrations withPersonalDataErased(String delegationId) {
		List<Delegation> delegations = this.delegations.stream()
			.map((delegation) -> delegation.delegationId().equals(delegationId) ? delegation.erased() : delegation)
			.toList();
		List<RegistrationConflict> conflicts = this.conflicts.stream()
			.map((conflict) -> conflict.delegationId().equals(delegationId) ? conflict.erased() : conflict)
			.toList();
		return withConflicts(delegations, conflicts);
	}

	/** The delegations that person appears in: as coordinator or as a delegate. */
	public List<String> delegationsOf(String email) {
		return this.delegations.stream()
			.filter((delegation) -> delegation.concerns(email))
			.map(Delegation::delegationId)
			.toList();
	}

	WorkshopRegistrations withConflicts(List<Delegation> delegations, List<RegistrationConflict> conflicts) {
		return new WorkshopRegistrations(this.id, this.workshop, delegations, conflicts, this.attendance,
				this.appliedEvents, this.version + 1);
	}

	WorkshopRegistrations withAttendance(List<SessionAttendance> attendance) {
		return new WorkshopRegistrations(this.id, this.workshop, this.delegations, this.conflicts, attendance,
				this.appliedEvents, this.version + 1);
	}

	/**
	 * Registers a delegation, or answers the one the municipality already has.
	 * @throws RuleViolation when the request breaks a rule of the workshop (nothing
	 * changes)
	 * @throws ConflictingState when the workshop does not take registrations now
	 */
	public RegistrationOutcome register(DelegationRequest request, Instant now) {
		DelegationRules.checkDelegation(this.workshop, request.participants());
		Optional<Delegation> existing = activeDelegationOf(request.organisation().number());
		if (existing.isPresent()) {
			// from another address than its coordinator's, a conflict (see Conflicts)
			return new Conflicts(this).alreadyRegistered(existing.get(), request, now);
		}
		DelegationRules.checkOpen(this.workshop, now);
		DelegationRules.checkInvited(this.workshop, request.organisation());
		Delegation delegation = Seating.place(this.workshop, this.delegations, request, now);
		List<Delegation> delegations = new ArrayList<>(this.delegations);
		delegations.add(delegation);
		WorkshopRegistrations after = next(this.workshop, delegations, null);
		return new RegistrationOutcome.Registered(after, delegation,
				events().registered(this.workshop, delegation, request.manageSecret(), now));
	}

	public Optional<RegistrationConflict> conflict(String conflictId) {
		return new Conflicts(this).conflict(conflictId);
	}

	/**
	 * Staff resolve a conflict (see {@link Conflicts}). {@code KEEP_EXISTING} changes
	 * nothing but the conflict; {@code HAND_OVER} makes the person who tried the
	 * delegation's coordinator with a new manage link (announced sealed, for
	 * notification-service to mail to them), and the old link stops working.
	 * @param secret the new coordinator's link; used only for {@code HAND_OVER}
	 * @throws NotFound for an unknown conflict
	 * @throws ConflictingState when it is resolved already, or a hand-over finds the
	 * delegation cancelled
	 */
	public Change resolveConflict(String conflictId, Resolution resolution, String staffMember, ManageSecret secret,
			Instant now) {
		return new Conflicts(this).resolve(conflictId, resolution, staffMember, secret, now);
	}

	RegistrationEvents events() {
		return new RegistrationEvents(this.id);
	}

	/** Seats for the waiting list (see {@link Seating#promote}), told as events. */
	List<DomainEvent> promote(Workshop workshop, List<Delegation> delegations, Instant now) {
		List<DomainEvent> events = new ArrayList<>();
		for (Delegation promoted : Seating.promote(workshop, delegations)) {
			events.add(events().promoted(promoted, now));
		}
		return events;
	}

}
