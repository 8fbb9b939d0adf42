package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.support.problem.ConflictingState;
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
 * event changes nothing
 * @param version incremented by every change; the condition of every update
 */
public record WorkshopRegistrations(String id, Workshop workshop, List<Delegation> delegations,
		List<String> appliedEvents, long version) {

	/** Workshops are held, and their deadlines set, in Norwegian time. */
	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter DEADLINE_FORMAT = DateTimeFormatter
		.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nb-NO"))
		.withZone(OSLO);

	public WorkshopRegistrations {
		delegations = (delegations != null) ? List.copyOf(delegations) : List.of();
		appliedEvents = (appliedEvents != null) ? List.copyOf(appliedEvents) : List.of();
	}

	/** The aggregate as the first workshop event creates it. */
	public static WorkshopRegistrations scheduled(String workshopId, String eventId, Workshop workshop) {
		return new WorkshopRegistrations(workshopId, workshop, List.of(), List.of(eventId), 1);
	}

	public boolean hasApplied(String eventId) {
		return this.appliedEvents.contains(eventId);
	}

	/** The replica after a newer description of the workshop; delegations stay. */
	public WorkshopRegistrations withWorkshop(String eventId, Workshop newer) {
		List<String> applied = new ArrayList<>(this.appliedEvents);
		applied.add(eventId);
		return new WorkshopRegistrations(this.id, newer, this.delegations, applied, this.version + 1);
	}

	public Optional<Delegation> delegation(String delegationId) {
		return this.delegations.stream()
			.filter(delegation -> delegation.delegationId().equals(delegationId))
			.findFirst();
	}

	public Optional<Delegation> activeDelegationOf(String organisationNumber) {
		return this.delegations.stream()
			.filter(delegation -> delegation.organisation().number().equals(organisationNumber))
			.findFirst();
	}

	public int confirmedPersonsIn(String sessionId) {
		return this.delegations.stream()
			.filter(delegation -> delegation.isConfirmedIn(sessionId))
			.mapToInt(Delegation::personCount)
			.sum();
	}

	/** Waitlisted delegations in the order they came. */
	public List<Delegation> waitingList() {
		return this.delegations.stream().filter(delegation -> delegation.status() == SeatStatus.WAITLISTED).toList();
	}

	/**
	 * Registers a delegation, or answers the one the municipality already has.
	 * @throws RuleViolation when the request breaks a rule of the workshop (nothing
	 * changes)
	 * @throws ConflictingState when the workshop does not take registrations now
	 */
	public RegistrationOutcome register(DelegationRequest request, Instant now) {
		checkDelegation(request.participants());
		Optional<Delegation> existing = activeDelegationOf(request.organisation().number());
		if (existing.isPresent()) {
			return new RegistrationOutcome.AlreadyRegistered(existing.get());
		}
		checkOpen(now);
		Delegation delegation = place(request, now);
		List<Delegation> delegations = new ArrayList<>(this.delegations);
		delegations.add(delegation);
		WorkshopRegistrations after = new WorkshopRegistrations(this.id, this.workshop, delegations, this.appliedEvents,
				this.version + 1);
		return new RegistrationOutcome.Registered(after, delegation, eventsOf(delegation, now));
	}

	private void checkDelegation(List<NewParticipant> participants) {
		if (participants.isEmpty()) {
			throw new RuleViolation("participants", "participants-missing", "Delegasjonen må ha minst én deltaker.");
		}
		if (participants.size() < this.workshop.minDelegationSize()) {
			throw new RuleViolation("participants", "delegation-too-small",
					"Verkstedet krever minst " + this.workshop.minDelegationSize()
							+ " deltakere fra hver kommune, men delegasjonen har " + participants.size() + ".");
		}
		Integer max = this.workshop.maxDelegationSize();
		if (max != null && participants.size() > max) {
			throw new RuleViolation("participants", "delegation-too-large", "Verkstedet tar imot høyst " + max
					+ " deltakere fra hver kommune, men delegasjonen har " + participants.size() + ".");
		}
		if (this.workshop.outsideRoleRequired() && participants.stream()
			.allMatch(participant -> participant.roleCategory() == RoleCategory.KULTURSKOLE)) {
			throw new RuleViolation("participants", "outside-role-missing",
					"Minst én deltaker må ha en rolle utenfor kulturskolen, for eksempel politiker, leder i en annen "
							+ "kommunal tjeneste, skole, barnehage, lokalt kulturliv eller frivilligheten.");
		}
		Set<String> emails = new HashSet<>();
		for (int i = 0; i < participants.size(); i++) {
			if (!emails.add(participants.get(i).normalisedEmail())) {
				throw new RuleViolation("participants[" + i + "].email", "email-duplicate",
						"Hver deltaker må ha sin egen e-postadresse; denne er allerede brukt av en annen deltaker "
								+ "i delegasjonen.");
			}
		}
	}

	private void checkOpen(Instant now) {
		if (this.workshop.status() != WorkshopStatus.SCHEDULED) {
			throw new ConflictingState("workshopId", "registration-closed", "Verkstedet tar ikke imot påmeldinger.");
		}
		if (now.isAfter(this.workshop.registrationDeadline())) {
			throw new ConflictingState("workshopId", "registration-deadline-passed",
					"Påmeldingsfristen gikk ut " + DEADLINE_FORMAT.format(this.workshop.registrationDeadline()) + ".");
		}
		if (this.workshop.sessions().isEmpty()) {
			throw new ConflictingState("workshopId", "no-sessions", "Verkstedet har ingen økter å melde seg på ennå.");
		}
	}

	private Delegation place(DelegationRequest request, Instant now) {
		int persons = request.participants().size();
		List<Session> sessions = this.workshop.sessionsInOrder();
		Session seat = sessions.stream()
			.filter(session -> session.capacity() - confirmedPersonsIn(session.sessionId()) >= persons)
			.findFirst()
			.orElse(null);
		// A waitlisted group waits for the earliest session: the schema of
		// DelegationRegistered names a session either way.
		String sessionId = (seat != null) ? seat.sessionId() : sessions.get(0).sessionId();
		SeatStatus status = (seat != null) ? SeatStatus.CONFIRMED : SeatStatus.WAITLISTED;
		List<Participant> participants = request.participants()
			.stream()
			.map(participant -> new Participant(newId(), participant.name(), participant.email().strip(),
					participant.roleTitle(), participant.roleCategory()))
			.toList();
		return new Delegation(newId(), request.organisation(), request.coordinator(), participants, sessionId, status,
				now, request.language());
	}

	private List<DomainEvent> eventsOf(Delegation delegation, Instant now) {
		Session session = this.workshop.session(delegation.sessionId()).orElseThrow();
		List<DomainEvent> events = new ArrayList<>();
		events.add(new DelegationRegistered(UUID.randomUUID(), delegation.delegationId(), this.id, now,
				DelegationRegistered.SCHEMA_VERSION, delegation.sessionId(), delegation.status(),
				delegation.organisation(), delegation.coordinator(), delegation.personCount(), this.workshop.title(),
				session.startsAt(), session.endsAt(), delegation.language()));
		for (Participant participant : delegation.participants()) {
			events.add(new ParticipantRegistered(UUID.randomUUID(), delegation.delegationId(), this.id, now,
					ParticipantRegistered.SCHEMA_VERSION, participant.participantId(), delegation.sessionId(),
					delegation.organisation().number(), participant.name(), participant.email(),
					participant.roleTitle(), participant.roleCategory()));
		}
		return events;
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

}
