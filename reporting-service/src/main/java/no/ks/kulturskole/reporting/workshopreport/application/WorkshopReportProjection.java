package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.List;

import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.notification.NotificationFailed;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns events into changes of the workshop report. It decides what the report keeps of
 * each event (no e-mail addresses, no meeting links); the store makes each change atomic
 * and applies it at most once. Safe to call again with any event already applied: that is
 * how a redelivery or a full replay is handled.
 */
public class WorkshopReportProjection {

	private static final Logger log = LoggerFactory.getLogger(WorkshopReportProjection.class);

	private final WorkshopReportStore store;

	private final MunicipalityDirectory municipalities;

	private final WorkshopChangeListener changes;

	public WorkshopReportProjection(WorkshopReportStore store, MunicipalityDirectory municipalities) {
		this(store, municipalities, (workshopId) -> {
		});
	}

	public WorkshopReportProjection(WorkshopReportStore store, MunicipalityDirectory municipalities,
			WorkshopChangeListener changes) {
		this.store = store;
		this.municipalities = municipalities;
		this.changes = changes;
	}

	public void apply(WorkshopEvent event, SourcePosition position) {
		Delivery at = new Delivery(event.eventId().toString(), position);
		boolean applied = switch (event) {
			case WorkshopScheduled scheduled ->
				this.store.recordSchedule(at, scheduled.workshopId(), scheduled.title(), scheduled.programme(),
						scheduled.occurredAt(), scheduled.registrationDeadline(), plansOf(scheduled.sessions()));
			case WorkshopRescheduled rescheduled -> this.store.recordSessions(at, rescheduled.workshopId(),
					plansOf(rescheduled.sessions()), rescheduled.registrationDeadline());
			case SessionAdded added ->
				this.store.recordSessions(at, added.workshopId(), plansOf(List.of(added.session())), null);
			case SessionChanged changed ->
				this.store.recordCapacity(at, changed.workshopId(), changed.sessionId(), changed.capacity());
			// of the details, the report shows only the title (and never meeting links)
			case WorkshopDetailsChanged details -> this.store.recordTitle(at, details.workshopId(), details.title());
			case RegistrationClosed closed ->
				this.store.recordStatus(at, closed.workshopId(), WorkshopStatus.REGISTRATION_CLOSED);
			case WorkshopCancelled cancelled ->
				this.store.recordStatus(at, cancelled.workshopId(), WorkshopStatus.CANCELLED);
			case WorkshopCompleted completed ->
				this.store.recordStatus(at, completed.workshopId(), WorkshopStatus.COMPLETED);
			case MaterialsPublished published -> notInThisReport(published);
		};
		afterApplying(applied, event, event.workshopId());
	}

	public void apply(RegistrationEvent event, SourcePosition position) {
		Delivery at = new Delivery(event.eventId().toString(), position);
		boolean applied = switch (event) {
			case DelegationRegistered registered ->
				this.store.recordDelegation(at, registered.workshopId(), delegationOf(registered));
			case ParticipantRegistered registered ->
				this.store.recordParticipant(at, registered.workshopId(), participantOf(registered));
			case DelegationPromoted promoted ->
				this.store.recordSeat(at, promoted.workshopId(), promoted.delegationId(), promoted.sessionId(),
						DelegationStatus.CONFIRMED, promoted.participantCount());
			case DelegationWaitlisted waitlisted ->
				this.store.recordSeat(at, waitlisted.workshopId(), waitlisted.delegationId(), waitlisted.sessionId(),
						DelegationStatus.WAITLISTED, waitlisted.participantCount());
			case DelegationMoved moved -> this.store.recordSeat(at, moved.workshopId(), moved.delegationId(),
					moved.toSessionId(), statusOf(moved.status()), moved.participantCount());
			case DelegationCancelled cancelled ->
				this.store.recordCancellation(at, cancelled.workshopId(), cancelled.delegationId());
			case ParticipantRemoved removed -> this.store.recordParticipantRemoved(at, removed.workshopId(),
					removed.delegationId(), removed.participantId());
			case ParticipantReplaced replaced ->
				this.store.recordParticipantReplaced(at, replaced.workshopId(), replaced.replacedParticipantId(),
						new ParticipantReport(replaced.delegationId(), replaced.participantId(), replaced.name(),
								replaced.roleTitle(),
								(replaced.roleCategory() != null) ? replaced.roleCategory().name() : null,
								replaced.organisationNumber()));
			case ReflectionSubmitted submitted ->
				this.store.recordReflection(at, submitted.workshopId(), submitted.delegationId());
			// the manage link is the coordinator's secret, nothing staff count
			case ManageLinkIssued issued -> notInThisReport(issued);
			// pilot applications belong to no workshop: the pilot overview reads them
			case PilotEvent pilot -> notInThisReport(pilot);
		};
		afterApplying(applied, event,
				(event instanceof DelegationEvent delegationEvent) ? delegationEvent.workshopId() : null);
	}

	public void apply(NotificationEvent event, SourcePosition position) {
		Delivery at = new Delivery(event.eventId().toString(), position);
		if (event.workshopId() == null) {
			// a mail about no workshop (a pilot application): nothing to count here
			notInThisReport(event);
			return;
		}
		boolean applied = switch (event) {
			case NotificationSent sent -> this.store.recordMailSent(at, sent.workshopId(), sent.delegationId());
			case NotificationFailed failed ->
				this.store.recordMailFailed(at, failed.workshopId(), failed.delegationId());
		};
		afterApplying(applied, event, event.workshopId());
	}

	private static DelegationStatus statusOf(SeatStatus status) {
		return (status == SeatStatus.CONFIRMED) ? DelegationStatus.CONFIRMED : DelegationStatus.WAITLISTED;
	}

	private static List<SessionPlan> plansOf(List<SessionDetails> sessions) {
		return sessions.stream()
			.map(session -> new SessionPlan(session.sessionId(), session.startsAt(), session.endsAt(),
					session.capacity()))
			.toList();
	}

	private DelegationReport delegationOf(DelegationRegistered registered) {
		DelegationStatus status = statusOf(registered.status());
		return DelegationReport.of(registered.delegationId(), this.municipalities.profileOf(registered.organisation()),
				registered.sessionId(), status, registered.participantCount(), registered.occurredAt());
	}

	private static ParticipantReport participantOf(ParticipantRegistered registered) {
		return new ParticipantReport(registered.delegationId(), registered.participantId(), registered.name(),
				registered.roleTitle(), (registered.roleCategory() != null) ? registered.roleCategory().name() : null,
				registered.organisationNumber());
	}

	/**
	 * Event types the workshop report has nothing to show of (materials; pilot
	 * applications). Nothing to apply, so nothing to deduplicate either. Only ids and
	 * types are logged: events carry names and e-mail addresses.
	 */
	private static boolean notInThisReport(DomainEvent event) {
		log.debug("{} {} is not part of the workshop report", event.getClass().getSimpleName(), event.eventId());
		return true;
	}

	private void afterApplying(boolean applied, DomainEvent event, String workshopId) {
		if (!applied) {
			log.debug("{} {} was already in the report; nothing changed", event.getClass().getSimpleName(),
					event.eventId());
		}
		else if (workshopId != null) {
			this.changes.workshopChanged(workshopId);
		}
	}

}
