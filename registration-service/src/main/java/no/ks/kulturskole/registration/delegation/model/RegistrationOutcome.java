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

	/**
	 * The municipality had already registered, and the request came from another address
	 * than its coordinator's: refused as {@link AlreadyRegistered}, but the conflict is
	 * recorded and announced ({@code RegistrationConflictReported}) in the same change.
	 */
	record ConflictReported(WorkshopRegistrations after, Delegation delegation, RegistrationConflict conflict,
			List<DomainEvent> events) implements RegistrationOutcome {

		public ConflictReported {
			events = List.copyOf(events);
		}

	}

	/**
	 * The municipality had already registered; nothing changes (the coordinator sent it
	 * again, or this address's conflict is open already).
	 */
	record AlreadyRegistered(Delegation delegation) implements RegistrationOutcome {
	}

}
