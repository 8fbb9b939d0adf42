package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.Session;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.delegation.model.WorkshopStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Keeps the local replica of each workshop up to date from {@code workshop.events}, and
 * carries out what follows for the delegations: promotions when room appears, and
 * cancellations when the workshop is cancelled. The replica change and the resulting
 * events are stored in one document update. Idempotent: delivery is at least once, and an
 * event whose id the aggregate already holds changes nothing.
 */
@Service
public class ApplyWorkshopEvents {

	private static final Logger log = LoggerFactory.getLogger(ApplyWorkshopEvents.class);

	private final WorkshopRegistrationsStore store;

	private final OptimisticRetry retry;

	private final Clock clock;

	public ApplyWorkshopEvents(WorkshopRegistrationsStore store, OptimisticRetry retry, Clock clock) {
		this.store = store;
		this.retry = retry;
		this.clock = clock;
	}

	public void apply(WorkshopEvent event) {
		String eventId = event.eventId().toString();
		switch (event) {
			case WorkshopScheduled scheduled -> upsert(scheduled.workshopId(), eventId, replicaOf(scheduled));
			case SessionAdded added -> change(event,
					current -> current.sessionAdded(eventId, sessionOf(added.session()), this.clock.instant()));
			case SessionChanged changed -> change(event, current -> current.capacityChanged(eventId,
					changed.sessionId(), changed.capacity(), this.clock.instant()));
			case WorkshopRescheduled rescheduled -> change(event, current -> current.rescheduled(eventId,
					rescheduled.registrationDeadline(), sessionsOf(rescheduled.sessions()), this.clock.instant()));
			case WorkshopDetailsChanged details ->
				change(event, current -> current.detailsChanged(eventId, details.title()));
			case RegistrationClosed closed -> change(event, current -> current.registrationClosed(eventId));
			case WorkshopCancelled cancelled ->
				change(event, current -> current.workshopCancelled(eventId, cancelled.reason(), this.clock.instant()));
			case WorkshopCompleted completed -> change(event, current -> current.completed(eventId));
			// materials are notification's business
			default -> {
			}
		}
	}

	private void change(WorkshopEvent event, Function<WorkshopRegistrations, Change> decide) {
		String eventId = event.eventId().toString();
		this.retry.run(() -> {
			Optional<WorkshopRegistrations> current = this.store.find(event.workshopId());
			if (current.isEmpty()) {
				// events of one workshop share a partition, so WorkshopScheduled came
				// first;
				// a workshop we never saw scheduled has nothing to change here
				log.warn("{} {} for unknown workshop {} ignored", event.getClass().getSimpleName(), eventId,
						event.workshopId());
				return Optional.of(false);
			}
			if (current.get().hasApplied(eventId)) {
				return Optional.of(false);
			}
			Change change = decide.apply(current.get());
			boolean stored = this.store.save(current.get().version(), change.after(), change.events());
			if (stored) {
				log.info("{} applied to workshop {}: {} registration event(s)", event.getClass().getSimpleName(),
						event.workshopId(), change.events().size());
			}
			return stored ? Optional.of(true) : Optional.empty();
		}, () -> new IllegalStateException(
				"Workshop " + event.workshopId() + " kept changing while applying " + eventId));
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
				sessionsOf(event.sessions()));
	}

	private static List<Session> sessionsOf(List<SessionDetails> sessions) {
		return sessions.stream().map(ApplyWorkshopEvents::sessionOf).toList();
	}

	private static Session sessionOf(SessionDetails session) {
		return new Session(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity());
	}

}
