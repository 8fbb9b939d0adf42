package no.ks.kulturskole.registration.delegation.model;

import java.util.List;

import no.ks.kulturskole.contracts.DomainEvent;

/** What a registration request led to. */
public sealed interface RegistrationOutcome {

	Delegation delegation();

	/**
	 * A new delegation, with the state of the aggregate after it and the events that tell
	 * the other services: one {@code DelegationRegistered}, then one
	 * {@code ParticipantRegistered} per delegate, then {@code ManageLinkIssued} when the
	 * request carried a manage secret, then {@code DelegationWaitlisted} when it waits.
	 */
	record Registered(WorkshopRegistrations after, Delegation delegation,
			List<DomainEvent> events) implements RegistrationOutcome {

		public Registered {
			events = List.copyOf(events);
		}

	}

	/** The municipality had already registered; nothing changes. */
	record AlreadyRegistered(Delegation delegation) implements RegistrationOutcome {
	}

}
