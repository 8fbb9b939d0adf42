package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.support.problem.ConflictingState;

/**
 * Who may cancel a delegation, and when: the coordinator until the deadline, staff also
 * after it (the municipality calls the day before), the workshop's own cancellation every
 * active delegation at once. The seats a cancelled delegation leaves go to the first
 * waiting delegations that fit.
 *
 * @param registrations the registrations before the cancellation
 */
record Cancellations(WorkshopRegistrations registrations) {

	/**
	 * @throws ConflictingState after the deadline
	 */
	Change byCoordinator(String delegationId, String reason, Instant now) {
		if (!this.registrations.acceptsChanges(now)) {
			this.registrations.activeDelegation(delegationId);
			throw new ConflictingState("delegationId", "cancellation-closed",
					"Påmeldingen kan ikke avmeldes etter påmeldingsfristen. Ta kontakt med arrangøren.");
		}
		return cancelled(delegationId, reason, DelegationCancelled.Cause.BY_COORDINATOR, now);
	}

	Change byStaff(String delegationId, String reason, Instant now) {
		return cancelled(delegationId, reason, DelegationCancelled.Cause.BY_STAFF, now);
	}

	private Change cancelled(String delegationId, String reason, DelegationCancelled.Cause cause, Instant now) {
		Delegation delegation = this.registrations.activeDelegation(delegationId);
		Workshop workshop = this.registrations.workshop();
		if (workshop.status().isOver()) {
			throw new ConflictingState("delegationId", "workshop-over", "Verkstedet er avlyst eller avsluttet.");
		}
		Delegation cancelled = delegation.cancelled(now, reason);
		List<Delegation> delegations = this.registrations.replaced(cancelled);
		List<DomainEvent> events = new ArrayList<>();
		events.add(this.registrations.events().cancelled(delegation, cancelled, cause, now));
		events.addAll(this.registrations.promote(workshop, delegations, now));
		return new Change(this.registrations.next(workshop, delegations, null), events);
	}

	/**
	 * Every active delegation, with the workshop's reason.
	 * @param eventId the workshop event that cancelled it, remembered as applied
	 */
	Change withWorkshop(String eventId, String reason, Instant now) {
		List<DomainEvent> events = new ArrayList<>();
		List<Delegation> delegations = new ArrayList<>();
		for (Delegation delegation : this.registrations.delegations()) {
			if (delegation.isActive()) {
				Delegation cancelled = delegation.cancelled(now, reason);
				events.add(this.registrations.events()
					.cancelled(delegation, cancelled, DelegationCancelled.Cause.WORKSHOP_CANCELLED, now));
				delegations.add(cancelled);
			}
			else {
				delegations.add(delegation);
			}
		}
		Workshop ended = this.registrations.workshop().ended(WorkshopStatus.CANCELLED, now);
		return new Change(this.registrations.next(ended, delegations, eventId), events);
	}

}
