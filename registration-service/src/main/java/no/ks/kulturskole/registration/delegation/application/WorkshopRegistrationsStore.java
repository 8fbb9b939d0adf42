package no.ks.kulturskole.registration.delegation.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;

/**
 * Where the aggregates live: one document per workshop. Changes go through
 * {@link WorkshopWriter}, which reads with {@link #load} and writes with {@link #commit},
 * conditioned on the version it read.
 */
public interface WorkshopRegistrationsStore {

	Optional<WorkshopRegistrations> find(String workshopId);

	Optional<WorkshopRegistrations> findByDelegation(String delegationId);

	/** Every workshop where one of the organisations has (or had) a delegation. */
	List<WorkshopRegistrations> findByOrganisations(Collection<String> organisationNumbers);

	boolean exists(String workshopId);

	/**
	 * @return {@code false} if the aggregate already exists
	 */
	boolean create(WorkshopRegistrations aggregate);

	/** The aggregate with the size of its stored document (outbox included). */
	Optional<Loaded> load(String workshopId);

	/**
	 * How many bytes the change may add to the stored document at most: the delegations
	 * it adds or rewrites, and its outbox entries.
	 */
	long growth(WorkshopRegistrations before, Change change);

	/**
	 * Stores the aggregate as it is after a batch of changes and puts their events in the
	 * outbox, in one document update, unless the document changed since it was loaded.
	 * @return {@code false} when another writer changed the document first
	 */
	boolean commit(Loaded loaded, WorkshopRegistrations after, List<StagedEvents> events);

	record Loaded(WorkshopRegistrations registrations, long bytes) {
	}

	/**
	 * The events of one change, with the correlation id of the request that caused it.
	 */
	record StagedEvents(String correlationId, List<DomainEvent> events) {

		public StagedEvents {
			events = List.copyOf(events);
		}

	}

}
