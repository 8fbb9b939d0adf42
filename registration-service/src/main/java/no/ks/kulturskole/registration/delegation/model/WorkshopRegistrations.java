package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.support.inbox.AppliedEvents;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * Every registration of one workshop, with the replica of the workshop they are for: the
 * aggregate of this service, stored as ONE MongoDB document per workshop
 * ({@code workshop_registrations}, {@code _id} = workshopId).
 * <p>
 * Why one document: the embedded MongoDB has no multi-document transactions, and seat
 * counting, the waiting-list order, "one delegation per municipality" and the outbox must
 * change together. Inside one document they do: every change is a read-modify-write whose
 * update is conditioned on {@link #version()} (optimistic locking), so two requests (or
 * two instances of the service) that read the same state cannot both place a delegation
 * on the same seats; the loser reads again and decides anew. The new delegation and its
 * events (the outbox array) are written in the same single-document update, so an event
 * is never published for a delegation that was not stored, nor a stored one left
 * unannounced. A workshop has at most a few hundred delegations, far below the 16 MB
 * document limit.
 * <p>
 * Placement: a delegation sits whole in the earliest session with room for all its
 * participants, otherwise the whole group is waitlisted; it is never split. Requests are
 * placed in the order they are stored (first come, first served): a later delegation
 * never takes seats from an earlier one. A later, smaller delegation may take seats that
 * an earlier, larger waitlisted delegation could not use; the waiting list itself is kept
 * in order of registration for promotions.
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
		List<DomainEvent> events = new ArrayList<>();
		List<Delegation> delegations = new ArrayList<>();
		for (Delegation delegation : this.delegations) {
			if (delegation.isActive()) {
				Delegation cancelled = delegation.cancelled(now, reason);
				events
					.add(events().cancelled(delegation, cancelled, DelegationCancelled.Cause.WORKSHOP_CANCELLED, now));
				delegations.add(cancelled);
			}
			else {
				delegations.add(delegation);
			}
		}
		return new Change(next(this.workshop.ended(WorkshopStatus.CANCELLED, now), delegations, eventId), events);
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
		if (!acceptsChanges(now)) {
			activeDelegation(delegationId);
			throw new ConflictingState("delegationId", "cancellation-closed",
					"Påmeldingen kan ikke avmeldes etter påmeldingsfristen. Ta kontakt med arrangøren.");
		}
		return cancelled(delegationId, reason, DelegationCancelled.Cause.BY_COORDINATOR, now);
	}

	/**
	 * Staff cancel a delegation, also after the deadline (e.g. the municipality calls the
	 * day before); the seats go to the first waiting delegations that fit.
	 */
	public Change cancelByStaff(String delegationId, String reason, Instant now) {
		return cancelled(delegationId, reason, DelegationCancelled.Cause.BY_STAFF, now);
	}

	private Change cancelled(String delegationId, String reason, DelegationCancelled.Cause cause, Instant now) {
		Delegation delegation = activeDelegation(delegationId);
		if (this.workshop.status().isOver()) {
			throw new ConflictingState("delegationId", "workshop-over", "Verkstedet er avlyst eller avsluttet.");
		}
		Delegation cancelled = delegation.cancelled(now, reason);
		List<Delegation> delegations = replaced(cancelled);
		List<DomainEvent> events = new ArrayList<>();
		events.add(events().cancelled(delegation, cancelled, cause, now));
		events.addAll(promote(this.workshop, delegations, now));
		return new Change(next(this.workshop, delegations, null), events);
	}

	/**
	 * The delegation as the coordinator wants it now: lines with a known participant id
	 * keep (or, when the person differs, replace) that delegate; lines without one add a
	 * delegate; delegates without a line are removed. The workshop's rules apply to the
	 * result as to a new registration. A confirmed delegation that grows must still fit
	 * its session, since it is never split; one that shrinks frees seats for the waiting
	 * list.
	 * @throws RuleViolation when the result breaks a rule
	 * @throws ConflictingState when adding or removing after the deadline, or when the
	 * session has no room for more
	 */
	public Change changeParticipants(String delegationId, List<DelegateEntry> entries, Instant now) {
		Delegation delegation = activeDelegation(delegationId);
		if (this.workshop.status().isOver()) {
			throw new ConflictingState("delegationId", "workshop-over", "Verkstedet er avlyst eller avsluttet.");
		}
		DelegationRules.checkDelegation(this.workshop, entries.stream().map(DelegateEntry::person).toList());
		Map<String, Participant> existing = new LinkedHashMap<>();
		delegation.participants().forEach(participant -> existing.put(participant.participantId(), participant));
		Set<String> kept = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String participantId = entries.get(i).participantId();
			if (participantId != null && (!existing.containsKey(participantId) || !kept.add(participantId))) {
				throw new RuleViolation("participants[" + i + "].participantId", "participant-unknown",
						"Deltakeren finnes ikke i delegasjonen, eller står der to ganger.");
			}
		}
		boolean addsOrRemoves = kept.size() != existing.size() || entries.size() != existing.size();
		if (addsOrRemoves && !acceptsChanges(now)) {
			throw new ConflictingState("participants", "only-replacement-after-deadline",
					"Etter påmeldingsfristen kan dere bare bytte ut deltakere, ikke legge til eller fjerne.");
		}
		if (delegation.status() == SeatStatus.CONFIRMED && entries.size() > delegation.personCount()) {
			// a session dropped by a reschedule has no room to grow into
			int capacity = this.workshop.session(delegation.sessionId()).map(Session::capacity).orElse(0);
			int othersSeated = confirmedPersonsIn(delegation.sessionId()) - delegation.personCount();
			if (othersSeated + entries.size() > capacity) {
				throw new ConflictingState("participants", "session-full",
						"Økten har ikke plass til flere deltakere fra delegasjonen. Delegasjonen kan ikke deles, så "
								+ "ta kontakt med arrangøren om dere vil flytte til en annen økt.");
			}
		}
		List<Participant> participants = new ArrayList<>();
		List<DomainEvent> events = new ArrayList<>();
		for (DelegateEntry entry : entries) {
			NewParticipant person = entry.person();
			Participant before = (entry.participantId() != null) ? existing.get(entry.participantId()) : null;
			if (before == null) {
				Participant added = Seating.participantOf(person);
				participants.add(added);
				events.add(events().participantRegistered(delegation, added, now));
			}
			else if (isSamePerson(before, person)) {
				Participant after = new Participant(before.participantId(), person.name(), before.email(),
						person.roleTitle(), person.roleCategory());
				participants.add(after);
				if (!after.equals(before)) {
					// a new role (or corrected name) for the same person: told as a
					// replacement by the same participant id, since the contract has no
					// event of its own for it
					events.add(events().participantReplaced(delegation, before, after, now));
				}
			}
			else {
				Participant after = Seating.participantOf(person);
				participants.add(after);
				events.add(events().participantReplaced(delegation, before, after, now));
			}
		}
		for (Participant participant : delegation.participants()) {
			if (!kept.contains(participant.participantId())) {
				events.add(new ParticipantRemoved(UUID.randomUUID(), delegationId, this.id, now,
						ParticipantRemoved.SCHEMA_VERSION, participant.participantId(), delegation.sessionId()));
			}
		}
		if (events.isEmpty()) {
			return new Change(this, List.of());
		}
		List<Delegation> delegations = replaced(delegation.withParticipants(participants));
		if (participants.size() < delegation.personCount()) {
			events.addAll(promote(this.workshop, delegations, now));
		}
		return new Change(next(this.workshop, delegations, null), events);
	}

	/**
	 * Staff move a delegation, whole, into a session with room for all of it; the seats
	 * it leaves go to the waiting list.
	 */
	public Change move(String delegationId, String toSessionId, Instant now) {
		Delegation delegation = activeDelegation(delegationId);
		Session target = sessionToMoveTo(toSessionId);
		if (delegation.isConfirmedIn(toSessionId)) {
			throw new ConflictingState("sessionId", "already-in-session", "Delegasjonen har allerede plass i økten.");
		}
		if (target.capacity() - confirmedPersonsIn(toSessionId) < delegation.personCount()) {
			throw new ConflictingState("sessionId", "session-full", "Økten har ikke plass til hele delegasjonen ("
					+ delegation.personCount() + " personer). En delegasjon deles aldri.");
		}
		Delegation moved = delegation.seatedIn(toSessionId);
		List<Delegation> delegations = replaced(moved);
		List<DomainEvent> events = new ArrayList<>();
		events.add(new DelegationMoved(UUID.randomUUID(), delegationId, this.id, now, DelegationMoved.SCHEMA_VERSION,
				delegation.sessionId(), toSessionId, SeatStatus.CONFIRMED, delegation.personCount(), moved.sequence()));
		events.addAll(promote(this.workshop, delegations, now));
		return new Change(next(this.workshop, delegations, null), events);
	}

	/**
	 * Staff move the waiting list into a session, typically a new overflow session: every
	 * waiting delegation that fits, in the order they came; the others keep waiting.
	 */
	public Change moveWaitingList(String toSessionId, Instant now) {
		Session target = sessionToMoveTo(toSessionId);
		List<Delegation> delegations = new ArrayList<>(this.delegations);
		List<DomainEvent> events = new ArrayList<>();
		for (int i = 0; i < delegations.size(); i++) {
			Delegation delegation = delegations.get(i);
			if (delegation.isWaiting() && target.capacity()
					- Seating.confirmedPersonsIn(delegations, toSessionId) >= delegation.personCount()) {
				Delegation moved = delegation.seatedIn(toSessionId);
				delegations.set(i, moved);
				events.add(new DelegationMoved(UUID.randomUUID(), delegation.delegationId(), this.id, now,
						DelegationMoved.SCHEMA_VERSION, delegation.sessionId(), toSessionId, SeatStatus.CONFIRMED,
						delegation.personCount(), moved.sequence()));
			}
		}
		if (events.isEmpty()) {
			return new Change(this, List.of());
		}
		return new Change(next(this.workshop, delegations, null), events);
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
		List<Delegation> delegations = replaced(delegation.withReflection(answers));
		return new Change(next(this.workshop, delegations, null),
				List.of(new ReflectionSubmitted(UUID.randomUUID(), delegationId, this.id, now,
						ReflectionSubmitted.SCHEMA_VERSION, delegation.organisation().number(), answers)));
	}

	/**
	 * Staff recorded who attended a session: {@code present} is everyone there now, from
	 * any active delegation of the workshop (someone may join another session than their
	 * delegation's). Each delegation whose set changed gets one
	 * {@code AttendanceRecorded} with its whole set; a delegation not named keeps nobody
	 * present in the session. Recording the same set again changes nothing.
	 */
	public Change recordAttendance(String sessionId, Collection<String> present, Instant now) {
		if (this.workshop.session(sessionId).isEmpty()) {
			throw new NotFound("sessionId", "Økten finnes ikke i dette verkstedet.");
		}
		Map<String, Delegation> byParticipant = new LinkedHashMap<>();
		this.delegations.stream()
			.filter(Delegation::isActive)
			.forEach(delegation -> delegation.participants()
				.forEach(participant -> byParticipant.put(participant.participantId(), delegation)));
		List<String> unknown = present.stream().filter(id -> !byParticipant.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			throw new RuleViolation("present", "participant-unknown",
					"Deltaker " + unknown.getFirst() + " er ikke påmeldt dette verkstedet.");
		}
		Set<String> here = new HashSet<>(present);
		List<SessionAttendance> attendance = new ArrayList<>(this.attendance);
		List<DomainEvent> events = new ArrayList<>();
		for (Delegation delegation : this.delegations) {
			Optional<SessionAttendance> before = attendance.stream()
				.filter(entry -> entry.isOf(sessionId, delegation.delegationId()))
				.findFirst();
			List<String> presentNow = delegation.participants()
				.stream()
				.map(Participant::participantId)
				.filter(here::contains)
				.toList();
			List<String> was = before.map(SessionAttendance::present).orElse(List.of());
			if (new HashSet<>(was).equals(new HashSet<>(presentNow))) {
				continue;
			}
			long sequence = before.map(SessionAttendance::sequence).orElse(0L) + 1;
			SessionAttendance entry = new SessionAttendance(sessionId, delegation.delegationId(), presentNow, sequence,
					now);
			before.ifPresentOrElse(old -> attendance.set(attendance.indexOf(old), entry), () -> attendance.add(entry));
			events.add(new AttendanceRecorded(UUID.randomUUID(), delegation.delegationId(), this.id, now,
					AttendanceRecorded.SCHEMA_VERSION, sessionId, delegation.organisation().number(), presentNow,
					delegation.personCount(), sequence));
		}
		if (events.isEmpty()) {
			return new Change(this, List.of());
		}
		return new Change(new WorkshopRegistrations(this.id, this.workshop, this.delegations, this.conflicts,
				attendance, this.appliedEvents, this.version + 1), events);
	}

	/** The ids of everyone recorded present in the session, in the delegations' order. */
	public List<String> presentIn(String sessionId) {
		return this.attendance.stream()
			.filter(entry -> entry.sessionId().equals(sessionId))
			.flatMap(entry -> entry.present().stream())
			.toList();
	}

	/** How many of the delegation's participants were recorded present in any session. */
	public int presentPersonsOf(String delegationId) {
		return (int) this.attendance.stream()
			.filter(entry -> entry.delegationId().equals(delegationId))
			.flatMap(entry -> entry.present().stream())
			.distinct()
			.count();
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

	private Session sessionToMoveTo(String sessionId) {
		if (this.workshop.status().isOver()) {
			throw new ConflictingState("workshopId", "workshop-over", "Verkstedet er avlyst eller avsluttet.");
		}
		return this.workshop.session(sessionId)
			.orElseThrow(() -> new NotFound("sessionId", "Økten finnes ikke i dette verkstedet."));
	}

	private Delegation activeDelegation(String delegationId) {
		return delegation(delegationId).filter(Delegation::isActive)
			.orElseThrow(() -> new NotFound("delegationId", "Påmeldingen finnes ikke, eller er avmeldt."));
	}

	private List<Delegation> replaced(Delegation changed) {
		return new ArrayList<>(this.delegations.stream()
			.map(delegation -> delegation.delegationId().equals(changed.delegationId()) ? changed : delegation)
			.toList());
	}

	/** The next version; {@code eventId} is the workshop event applied, if any. */
	private WorkshopRegistrations next(Workshop workshop, List<Delegation> delegations, String eventId) {
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

	private WorkshopRegistrations withConflicts(List<Delegation> delegations, List<RegistrationConflict> conflicts) {
		return new WorkshopRegistrations(this.id, this.workshop, delegations, conflicts, this.attendance,
				this.appliedEvents, this.version + 1);
	}

	/**
	 * The e-mail address identifies the person: a corrected name is not a replacement.
	 */
	private static boolean isSamePerson(Participant before, NewParticipant person) {
		return before.email().strip().equalsIgnoreCase(person.email().strip());
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
			return alreadyRegistered(existing.get(), request, now);
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

	/**
	 * The organisation has a delegation. From its coordinator's address that is all (they
	 * sent it again); from another address a conflict is recorded and announced, once per
	 * address while it is open, and at most {@link #MAX_OPEN_CONFLICTS} open per
	 * delegation.
	 */
	private RegistrationOutcome alreadyRegistered(Delegation existing, DelegationRequest request, Instant now) {
		String email = (request.coordinator() != null) ? request.coordinator().email() : null;
		if (email == null || email.isBlank() || existing.isCoordinatedBy(email)
				|| this.conflicts.stream().anyMatch(conflict -> conflict.isOpenFor(existing.delegationId(), email))
				|| openConflictsOf(existing.delegationId()) >= MAX_OPEN_CONFLICTS) {
			return new RegistrationOutcome.AlreadyRegistered(existing);
		}
		Contact contact = new Contact(request.coordinator().name(), email.strip(), request.coordinator().phone());
		String language = (request.language() != null) ? request.language() : "nb";
		RegistrationConflict conflict = new RegistrationConflict(Seating.newId(), existing.delegationId(), contact,
				language, now, null, null, null);
		List<RegistrationConflict> conflicts = new ArrayList<>(this.conflicts);
		conflicts.add(conflict);
		return new RegistrationOutcome.ConflictReported(withConflicts(this.delegations, conflicts), existing, conflict,
				List.of(new RegistrationConflictReported(UUID.randomUUID(), existing.delegationId(), this.id, now,
						RegistrationConflictReported.SCHEMA_VERSION, conflict.conflictId(), existing.organisation(),
						contact, language, existing.sequence())));
	}

	private long openConflictsOf(String delegationId) {
		return this.conflicts.stream()
			.filter(conflict -> conflict.isOpen() && conflict.delegationId().equals(delegationId))
			.count();
	}

	public Optional<RegistrationConflict> conflict(String conflictId) {
		return this.conflicts.stream().filter(conflict -> conflict.conflictId().equals(conflictId)).findFirst();
	}

	/**
	 * Staff resolve a conflict. {@code KEEP_EXISTING} changes nothing but the conflict;
	 * {@code HAND_OVER} makes the person who tried the delegation's coordinator with a
	 * new manage link (announced sealed, for notification-service to mail to them), and
	 * the old link stops working.
	 * @param secret the new coordinator's link; used only for {@code HAND_OVER}
	 * @throws NotFound for an unknown conflict
	 * @throws ConflictingState when it is resolved already, or a hand-over finds the
	 * delegation cancelled
	 */
	public Change resolveConflict(String conflictId, Resolution resolution, String staffMember, ManageSecret secret,
			Instant now) {
		RegistrationConflict conflict = conflict(conflictId)
			.orElseThrow(() -> new NotFound("conflictId", "Konflikten finnes ikke."));
		if (!conflict.isOpen()) {
			throw new ConflictingState("conflictId", "conflict-resolved", "Konflikten er allerede løst.");
		}
		Delegation delegation = delegation(conflict.delegationId()).orElseThrow();
		if (resolution == Resolution.HAND_OVER && !delegation.isActive()) {
			throw new ConflictingState("resolution", "delegation-cancelled",
					"Påmeldingen er avmeldt og kan ikke overføres.");
		}
		List<RegistrationConflict> conflicts = new ArrayList<>(this.conflicts);
		conflicts.replaceAll(
				each -> each.conflictId().equals(conflictId) ? each.resolved(resolution, staffMember, now) : each);
		List<DomainEvent> events = new ArrayList<>();
		List<Delegation> delegations = this.delegations;
		Contact newCoordinator = null;
		if (resolution == Resolution.HAND_OVER) {
			newCoordinator = conflict.contact();
			Delegation handedOver = delegation.withCoordinator(newCoordinator, secret.hash());
			delegations = replaced(handedOver);
		}
		events.add(new RegistrationConflictResolved(UUID.randomUUID(), delegation.delegationId(), this.id, now,
				RegistrationConflictResolved.SCHEMA_VERSION, conflictId, resolution, staffMember, newCoordinator,
				delegation.sequence()));
		if (resolution == Resolution.HAND_OVER) {
			// after the resolution, which tells consumers who the coordinator is now
			events.add(new ManageLinkIssued(UUID.randomUUID(), delegation.delegationId(), this.id, now,
					ManageLinkIssued.SCHEMA_VERSION, secret.sealedFor(delegation.delegationId()),
					ManageLinkIssued.Reason.HANDED_OVER, conflict.language()));
		}
		return new Change(withConflicts(delegations, conflicts), events);
	}

	private RegistrationEvents events() {
		return new RegistrationEvents(this.id);
	}

	/** Seats for the waiting list (see {@link Seating#promote}), told as events. */
	private List<DomainEvent> promote(Workshop workshop, List<Delegation> delegations, Instant now) {
		List<DomainEvent> events = new ArrayList<>();
		for (Delegation promoted : Seating.promote(workshop, delegations)) {
			events.add(events().promoted(promoted, now));
		}
		return events;
	}

}
