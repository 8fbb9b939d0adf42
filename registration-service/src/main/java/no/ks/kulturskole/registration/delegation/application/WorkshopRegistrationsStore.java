package no.ks.kulturskole.registration.delegation.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.outbox.EventOrigin;
import no.ks.kulturskole.support.outbox.OutboxEntry;
import no.ks.kulturskole.support.outbox.OutboxEntry;

/**
 * Where the aggregates live: one document per workshop. Changes go through
 * {@link WorkshopWriter}, which reads with {@link #load} and writes with {@link #commit},
 * conditioned on the version it read.
 */
public interface WorkshopRegistrationsStore {

	Optional<WorkshopRegistrations> find(String workshopId);

	/**
	 * Only the workshop as registration knows it, without its delegations: what a
	 * question about the workshop alone needs (a staff page asks during a rush, when the
	 * delegations are megabytes).
	 */
	Optional<Workshop> findWorkshop(String workshopId);

	Optional<WorkshopRegistrations> findByDelegation(String delegationId);

	/**
	 * How many conflicts (open and resolved) the workshop holds, without reading its
	 * delegations: the staff page asks on every refresh, and there are seldom any.
	 */
	Optional<Integer> conflictCount(String workshopId);

	/** The workshop whose registrations hold the conflict. */
	Optional<WorkshopRegistrations> findByConflict(String conflictId);

	/** Every workshop where one of the organisations has (or had) a delegation. */
	List<WorkshopRegistrations> findByOrganisations(Collection<String> organisationNumbers);

	/**
	 * Every workshop where the person (by e-mail, case and surrounding spaces ignored) is
	 * a delegation's coordinator or delegate.
	 */
	List<WorkshopRegistrations> findByPersonEmail(String email);

	/**
	 * Every workshop completed or cancelled at or before {@code endedBy} (or stored
	 * without its end time) that still holds a delegation whose personal data is not
	 * erased: the candidates of retention by default (issue 14).
	 */
	List<WorkshopRegistrations> findEndedWithPersonalData(Instant endedBy);

	boolean exists(String workshopId);

	/**
	 * Takes a delegation's data-key announcement out of the workshop's outbox if it still
	 * waits there (see {@code DataKeys.issuedAhead}): an erased key must not go out after
	 * its erasure.
	 */
	void withdrawKeyAnnouncement(String workshopId, String delegationId);

	/**
	 * @return {@code false} if the aggregate already exists
	 */
	boolean create(WorkshopRegistrations aggregate);

	/**
	 * The aggregate with the size of the workshop's stored document (outbox and the last
	 * batch's journal included).
	 */
	Optional<Loaded> load(String workshopId);

	/**
	 * How many bytes the conflicts and attendance that {@code after} adds may add to the
	 * workshop's document at most.
	 */
	long growth(WorkshopRegistrations before, WorkshopRegistrations after);

	/**
	 * How many bytes the delegations that {@code after} adds or changes may put in the
	 * journal of the batch (the workshop document holds one batch's journal at a time).
	 */
	long journalBytes(WorkshopRegistrations before, WorkshopRegistrations after);

	/**
	 * The events of one change as outbox entries, serialised once, with the correlation
	 * id of the request that caused them and the bytes they add to the document at most.
	 */
	StagedEvents stage(EventOrigin origin, List<DomainEvent> events);

	/**
	 * Stores the aggregate as it is after a batch of changes and puts their events in the
	 * outbox, in one update of the workshop's document, unless it changed since it was
	 * loaded; then writes the delegations the batch changed to their own documents.
	 * @return {@code false} when another writer changed the document first
	 */
	boolean commit(Loaded loaded, WorkshopRegistrations after, List<StagedEvents> events);

	record Loaded(WorkshopRegistrations registrations, long bytes) {
	}

	/** The outbox entries of one change, ready to be stored. */
	record StagedEvents(List<OutboxEntry> entries, long bytes) {

		public StagedEvents {
			entries = List.copyOf(entries);
		}

	}

}
