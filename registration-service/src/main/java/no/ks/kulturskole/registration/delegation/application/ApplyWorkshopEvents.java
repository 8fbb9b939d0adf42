package no.ks.kulturskole.registration.delegation.application;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.registration.delegation.application.WorkshopDecision.Decided;
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
 * event whose id the aggregate already holds (the platform's inbox,
 * {@link no.ks.kulturskole.support.inbox.AppliedEvents}, kept in the aggregate) changes
 * nothing. No sequence guard is needed: workshop events of one workshop keep their order
 * on its partition, so only a redelivery comes late, and its id is remembered.
 */
@Service
public class ApplyWorkshopEvents {

	private static final Logger log = LoggerFactory.getLogger(ApplyWorkshopEvents.class);

	private final WorkshopRegistrationsStore store;

	private final WorkshopWriter writer;

	public ApplyWorkshopEvents(WorkshopRegistrationsStore store, WorkshopWriter writer) {
		this.store = store;
		this.writer = writer;
	}

	public void apply(WorkshopEvent event) {
		String eventId = event.eventId().toString();
		switch (event) {
			case WorkshopScheduled scheduled -> upsert(scheduled.workshopId(), eventId, replicaOf(scheduled));
			case SessionAdded added ->
				change(event, (current, now) -> current.sessionAdded(eventId, sessionOf(added.session()), now));
			case SessionChanged changed -> change(event,
					(current, now) -> current.capacityChanged(eventId, changed.sessionId(), changed.capacity(), now));
			case WorkshopRescheduled rescheduled -> change(event, (current, now) -> current.rescheduled(eventId,
					rescheduled.registrationDeadline(), sessionsOf(rescheduled.sessions()), now));
			case WorkshopDetailsChanged details ->
				change(event, (current, now) -> current.detailsChanged(eventId, details.title(), details.organisers()));
			case RegistrationClosed closed -> change(event, (current, now) -> current.registrationClosed(eventId));
			case WorkshopCancelled cancelled ->
				change(event, (current, now) -> current.workshopCancelled(eventId, cancelled.reason(), now));
			case WorkshopCompleted completed ->
				change(event, (current, now) -> current.completed(eventId, completed.occurredAt()));
			case WorkshopInvitationsChanged invitations -> change(event,
					(current, now) -> current.invitationsChanged(eventId,
							WorkshopInvitationsChanged.OPEN.equals(invitations.scope()) ? null
									: invitations.organisationNumbers()));
			// not the replica's: materials are notification's business, the questions
			// have a replica of their own (see the consumer)
			case MaterialsPublished materials -> {
			}
			case WorkshopQuestionsChanged questions -> {
			}
		}
	}

	private void change(WorkshopEvent event, BiFunction<WorkshopRegistrations, Instant, Change> decide) {
		String eventId = event.eventId().toString();
		if (!this.store.exists(event.workshopId())) {
			// events of one workshop share a partition, so WorkshopScheduled came first;
			// a workshop we never saw scheduled has nothing to change here
			log.warn("{} {} for unknown workshop {} ignored", event.getClass().getSimpleName(), eventId,
					event.workshopId());
			return;
		}
		int published = this.writer.apply(event.workshopId(), () -> unknown(event), (current, now) -> {
			if (current.hasApplied(eventId)) {
				return Decided.unchanged(0);
			}
			Change change = decide.apply(current, now);
			return Decided.of(change, change.events().size());
		});
		log.info("{} applied to workshop {}: {} registration event(s)", event.getClass().getSimpleName(),
				event.workshopId(), published);
	}

	private void upsert(String workshopId, String eventId, Workshop workshop) {
		if (this.store.create(WorkshopRegistrations.scheduled(workshopId, eventId, workshop))) {
			return;
		}
		this.writer.apply(workshopId, () -> new IllegalStateException("Workshop " + workshopId + " vanished"),
				(current, now) -> current.hasApplied(eventId) ? Decided.unchanged(false)
						: Decided.of(new Change(current.withWorkshop(eventId, workshop), List.of()), true));
	}

	private static IllegalStateException unknown(WorkshopEvent event) {
		return new IllegalStateException("Workshop " + event.workshopId() + " vanished while applying "
				+ event.getClass().getSimpleName() + " " + event.eventId());
	}

	private static Workshop replicaOf(WorkshopScheduled event) {
		return new Workshop(event.title(), WorkshopStatus.SCHEDULED, event.registrationDeadline(),
				event.minDelegationSize(), event.maxDelegationSize(), event.outsideRoleRequired(),
				sessionsOf(event.sessions()), null, null, event.organisers());
	}

	private static List<Session> sessionsOf(List<SessionDetails> sessions) {
		return sessions.stream().map(ApplyWorkshopEvents::sessionOf).toList();
	}

	private static Session sessionOf(SessionDetails session) {
		return new Session(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity());
	}

}
