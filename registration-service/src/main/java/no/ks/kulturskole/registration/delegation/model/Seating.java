package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * Where a delegation sits: whole, in the earliest session with room for all of it, or on
 * the waiting list as a group; never split. The waiting list is served in the order of
 * registration, and one that does not fit anywhere keeps its place while a later, smaller
 * one may use the seats.
 */
final class Seating {

	private Seating() {
	}

	/** Persons of the confirmed delegations in a session. */
	static int confirmedPersonsIn(List<Delegation> delegations, String sessionId) {
		return delegations.stream()
			.filter(delegation -> delegation.isConfirmedIn(sessionId))
			.mapToInt(Delegation::personCount)
			.sum();
	}

	/**
	 * A new delegation, seated or waitlisted, with new ids for it and its participants.
	 */
	static Delegation place(Workshop workshop, List<Delegation> delegations, DelegationRequest request, Instant now) {
		int persons = request.participants().size();
		List<Session> sessions = workshop.sessionsInOrder();
		Session seat = sessions.stream()
			.filter(session -> session.capacity() - confirmedPersonsIn(delegations, session.sessionId()) >= persons)
			.findFirst()
			.orElse(null);
		// A waitlisted group waits for the earliest session: the schema of
		// DelegationRegistered names a session either way.
		String sessionId = (seat != null) ? seat.sessionId() : sessions.get(0).sessionId();
		SeatStatus status = (seat != null) ? SeatStatus.CONFIRMED : SeatStatus.WAITLISTED;
		List<Participant> participants = request.participants().stream().map(Seating::participantOf).toList();
		return new Delegation(request.delegationId(), request.organisation(), request.coordinator(), participants,
				sessionId, status, now, request.language(),
				(request.manageSecret() != null) ? request.manageSecret().hash() : null, null, null, List.of(), 1);
	}

	/**
	 * Gives seats to waiting delegations, in the order they came, changing
	 * {@code delegations} in place.
	 * @return the delegations promoted, as they are now
	 */
	static List<Delegation> promote(Workshop workshop, List<Delegation> delegations) {
		if (workshop.status().isOver()) {
			return List.of();
		}
		List<Delegation> promotedOnes = new ArrayList<>();
		for (int i = 0; i < delegations.size(); i++) {
			Delegation delegation = delegations.get(i);
			if (!delegation.isWaiting()) {
				continue;
			}
			Optional<Session> room = workshop.sessionsInOrder()
				.stream()
				.filter(session -> session.capacity()
						- confirmedPersonsIn(delegations, session.sessionId()) >= delegation.personCount())
				.findFirst();
			if (room.isPresent()) {
				Delegation promoted = delegation.seatedIn(room.get().sessionId());
				delegations.set(i, promoted);
				promotedOnes.add(promoted);
			}
		}
		return promotedOnes;
	}

	static Participant participantOf(NewParticipant person) {
		return new Participant(newId(), person.name(), person.email().strip(), person.roleTitle(),
				person.roleCategory());
	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

}
