package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;

/**
 * Staff moving delegations between sessions: one delegation, whole, into a session with
 * room for all of it, or the waiting list into a (typically new overflow) session. A
 * delegation is never split, and the seats one leaves go to the waiting list.
 *
 * @param registrations the registrations before the move
 */
record SessionMoves(WorkshopRegistrations registrations) {

	Change move(String delegationId, String toSessionId, Instant now) {
		Delegation delegation = this.registrations.activeDelegation(delegationId);
		Session target = sessionToMoveTo(toSessionId);
		if (delegation.isConfirmedIn(toSessionId)) {
			throw new ConflictingState("sessionId", "already-in-session", "Delegasjonen har allerede plass i økten.");
		}
		if (target.capacity() - this.registrations.confirmedPersonsIn(toSessionId) < delegation.personCount()) {
			throw new ConflictingState("sessionId", "session-full", "Økten har ikke plass til hele delegasjonen ("
					+ delegation.personCount() + " personer). En delegasjon deles aldri.");
		}
		Delegation moved = delegation.seatedIn(toSessionId);
		List<Delegation> delegations = this.registrations.replaced(moved);
		List<DomainEvent> events = new ArrayList<>();
		events.add(this.registrations.events().moved(delegation, moved, now));
		events.addAll(this.registrations.promote(this.registrations.workshop(), delegations, now));
		return new Change(this.registrations.next(this.registrations.workshop(), delegations, null), events);
	}

	/**
	 * Every waiting delegation that fits, in the order they came; the others keep
	 * waiting.
	 */
	Change moveWaitingList(String toSessionId, Instant now) {
		Session target = sessionToMoveTo(toSessionId);
		List<Delegation> delegations = new ArrayList<>(this.registrations.delegations());
		List<DomainEvent> events = new ArrayList<>();
		for (int i = 0; i < delegations.size(); i++) {
			Delegation delegation = delegations.get(i);
			if (delegation.isWaiting() && target.capacity()
					- Seating.confirmedPersonsIn(delegations, toSessionId) >= delegation.personCount()) {
				Delegation moved = delegation.seatedIn(toSessionId);
				delegations.set(i, moved);
				events.add(this.registrations.events().moved(delegation, moved, now));
			}
		}
		if (events.isEmpty()) {
			return new Change(this.registrations, List.of());
		}
		return new Change(this.registrations.next(this.registrations.workshop(), delegations, null), events);
	}

	private Session sessionToMoveTo(String sessionId) {
		Workshop workshop = this.registrations.workshop();
		if (workshop.status().isOver()) {
			throw new ConflictingState("workshopId", "workshop-over", "Verkstedet er avlyst eller avsluttet.");
		}
		return workshop.session(sessionId)
			.orElseThrow(() -> new NotFound("sessionId", "Økten finnes ikke i dette verkstedet."));
	}

}
