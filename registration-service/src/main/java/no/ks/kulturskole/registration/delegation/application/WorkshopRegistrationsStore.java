package no.ks.kulturskole.registration.delegation.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;

/**
 * Where the aggregates live. Every write is conditioned on the version that was read and
 * answers {@code false} when someone else changed the aggregate in between: the caller
 * then reads again and decides anew.
 */
public interface WorkshopRegistrationsStore {

	Optional<WorkshopRegistrations> find(String workshopId);

	Optional<WorkshopRegistrations> findByDelegation(String delegationId);

	/** Every workshop where one of the organisations has (or had) a delegation. */
	List<WorkshopRegistrations> findByOrganisations(Collection<String> organisationNumbers);

	/**
	 * @return {@code false} if the aggregate already exists
	 */
	boolean create(WorkshopRegistrations aggregate);

	/**
	 * Replaces the workshop replica and records the event as applied, unless the event
	 * was applied already.
	 */
	boolean replaceWorkshop(String workshopId, long expectedVersion, String eventId, Workshop workshop);

	/**
	 * Adds the delegation and puts its events in the outbox, in one document update.
	 */
	/**
	 * Stores the aggregate's new delegations, workshop replica and applied events, and
	 * puts the events in the outbox, in one document update.
	 */
	boolean save(long expectedVersion, WorkshopRegistrations after, List<DomainEvent> events);

	boolean addDelegation(String workshopId, long expectedVersion, Delegation delegation, List<DomainEvent> events);

}
