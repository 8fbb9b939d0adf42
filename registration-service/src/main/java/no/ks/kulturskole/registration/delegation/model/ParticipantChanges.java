package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * The coordinator's edit of the delegates list (see
 * {@link WorkshopRegistrations#changeParticipants}): lines with a known participant id
 * keep (or, when the person differs, replace) that delegate; lines without one add a
 * delegate; delegates without a line are removed. Adding and removing end at the
 * deadline, replacing does not. A confirmed delegation that grows must still fit its
 * session, since it is never split; one that shrinks frees seats for the waiting list.
 *
 * @param registrations the registrations before the edit
 */
record ParticipantChanges(WorkshopRegistrations registrations) {

	Change change(String delegationId, List<DelegateEntry> entries, Instant now) {
		Delegation delegation = this.registrations.activeDelegation(delegationId);
		Workshop workshop = this.registrations.workshop();
		if (workshop.status().isOver()) {
			throw new ConflictingState("delegationId", "workshop-over", "Verkstedet er avlyst eller avsluttet.");
		}
		DelegationRules.checkDelegation(workshop, entries.stream().map(DelegateEntry::person).toList());
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
		if (addsOrRemoves && !this.registrations.acceptsChanges(now)) {
			throw new ConflictingState("participants", "only-replacement-after-deadline",
					"Etter påmeldingsfristen kan dere bare bytte ut deltakere, ikke legge til eller fjerne.");
		}
		checkRoomToGrow(delegation, entries.size());
		RegistrationEvents events = this.registrations.events();
		List<Participant> participants = new ArrayList<>();
		List<DomainEvent> told = new ArrayList<>();
		for (DelegateEntry entry : entries) {
			NewParticipant person = entry.person();
			Participant before = (entry.participantId() != null) ? existing.get(entry.participantId()) : null;
			if (before == null) {
				Participant added = Seating.participantOf(person);
				participants.add(added);
				told.add(events.participantRegistered(delegation, added, now));
			}
			else if (isSamePerson(before, person)) {
				Participant after = new Participant(before.participantId(), person.name(), before.email(),
						person.roleTitle(), person.roleCategory());
				participants.add(after);
				if (!after.equals(before)) {
					// a new role (or corrected name) for the same person: told as a
					// replacement by the same participant id, since the contract has no
					// event of its own for it
					told.add(events.participantReplaced(delegation, before, after, now));
				}
			}
			else {
				Participant after = Seating.participantOf(person);
				participants.add(after);
				told.add(events.participantReplaced(delegation, before, after, now));
			}
		}
		for (Participant participant : delegation.participants()) {
			if (!kept.contains(participant.participantId())) {
				told.add(events.participantRemoved(delegation, participant, now));
			}
		}
		if (told.isEmpty()) {
			return new Change(this.registrations, List.of());
		}
		List<Delegation> delegations = this.registrations.replaced(delegation.withParticipants(participants));
		if (participants.size() < delegation.personCount()) {
			told.addAll(this.registrations.promote(workshop, delegations, now));
		}
		return new Change(this.registrations.next(workshop, delegations, null), told);
	}

	/** A session dropped by a reschedule has no room to grow into. */
	private void checkRoomToGrow(Delegation delegation, int persons) {
		if (delegation.status() != SeatStatus.CONFIRMED || persons <= delegation.personCount()) {
			return;
		}
		int capacity = this.registrations.workshop().session(delegation.sessionId()).map(Session::capacity).orElse(0);
		int othersSeated = this.registrations.confirmedPersonsIn(delegation.sessionId()) - delegation.personCount();
		if (othersSeated + persons > capacity) {
			throw new ConflictingState("participants", "session-full",
					"Økten har ikke plass til flere deltakere fra delegasjonen. Delegasjonen kan ikke deles, så "
							+ "ta kontakt med arrangøren om dere vil flytte til en annen økt.");
		}
	}

	/**
	 * The e-mail address identifies the person: a corrected name is not a replacement.
	 */
	private static boolean isSamePerson(Participant before, NewParticipant person) {
		return before.email().strip().equalsIgnoreCase(person.email().strip());
	}

}
