package no.ks.kulturskole.registration.delegation.application;

import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.delegation.model.Session;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.delegation.model.WorkshopStatus;

import org.springframework.stereotype.Service;

/**
 * Keeps the local replica of each workshop up to date from {@code workshop.events}.
 * Idempotent: delivery is at least once, and an event whose id the aggregate already
 * holds changes nothing.
 */
@Service
public class ApplyWorkshopEvents {

	private final WorkshopRegistrationsStore store;

	private final OptimisticRetry retry;

	public ApplyWorkshopEvents(WorkshopRegistrationsStore store, OptimisticRetry retry) {
		this.store = store;
		this.retry = retry;
	}

	public void apply(WorkshopEvent event) {
		switch (event) {
			case WorkshopScheduled scheduled ->
				upsert(scheduled.workshopId(), scheduled.eventId().toString(), replicaOf(scheduled));
			// Other workshop events (new sessions, closing, cancelling) will change the
			// replica when registration needs them; until then they change nothing here.
			default -> {
			}
		}
	}

	private void upsert(String workshopId, String eventId, Workshop workshop) {
		// An exhausted retry propagates, so that the binder redelivers the event later.
		this.retry.run(() -> {
			Optional<WorkshopRegistrations> current = this.store.find(workshopId);
			if (current.isEmpty()) {
				return this.store.create(WorkshopRegistrations.scheduled(workshopId, eventId, workshop))
						? Optional.of(true) : Optional.empty();
			}
			if (current.get().hasApplied(eventId)) {
				return Optional.of(false);
			}
			return this.store.replaceWorkshop(workshopId, current.get().version(), eventId, workshop)
					? Optional.of(true) : Optional.empty();
		}, () -> new IllegalStateException("Workshop " + workshopId + " kept changing while applying " + eventId));
	}

	private static Workshop replicaOf(WorkshopScheduled event) {
		return new Workshop(event.title(), WorkshopStatus.SCHEDULED, event.registrationDeadline(),
				event.minDelegationSize(), event.maxDelegationSize(), event.outsideRoleRequired(),
				event.sessions()
					.stream()
					.map(session -> new Session(session.sessionId(), session.startsAt(), session.endsAt(),
							session.capacity()))
					.toList());
	}

}
