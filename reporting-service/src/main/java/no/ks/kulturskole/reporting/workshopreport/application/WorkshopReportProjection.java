package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.notification.NotificationSent;
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

	public WorkshopReportProjection(WorkshopReportStore store, MunicipalityDirectory municipalities) {
		this.store = store;
		this.municipalities = municipalities;
	}

	public void apply(WorkshopEvent event) {
		boolean applied = switch (event) {
			case WorkshopScheduled scheduled -> this.store.recordSchedule(id(scheduled.eventId()),
					scheduled.workshopId(), scheduled.title(), scheduled.programme(), sessionsOf(scheduled));
			default -> notInThisReport(event);
		};
		logIfSkipped(applied, event.getClass().getSimpleName(), event.eventId());
	}

	public void apply(RegistrationEvent event) {
		boolean applied = switch (event) {
			case DelegationRegistered registered -> this.store.recordDelegation(id(registered.eventId()),
					registered.workshopId(), delegationOf(registered));
			case ParticipantRegistered registered -> this.store.recordParticipant(id(registered.eventId()),
					registered.workshopId(), participantOf(registered));
			default -> notInThisReport(event);
		};
		logIfSkipped(applied, event.getClass().getSimpleName(), event.eventId());
	}

	public void apply(NotificationEvent event) {
		boolean applied = switch (event) {
			case NotificationSent sent -> this.store.recordMailSent(id(sent.eventId()), sent.workshopId());
			default -> notInThisReport(event);
		};
		logIfSkipped(applied, event.getClass().getSimpleName(), event.eventId());
	}

	private static List<SessionPlan> sessionsOf(WorkshopScheduled scheduled) {
		return scheduled.sessions()
			.stream()
			.map(session -> new SessionPlan(session.sessionId(), session.startsAt(), session.endsAt(),
					session.capacity()))
			.toList();
	}

	private DelegationReport delegationOf(DelegationRegistered registered) {
		DelegationStatus status = (registered.status() == SeatStatus.CONFIRMED) ? DelegationStatus.CONFIRMED
				: DelegationStatus.WAITLISTED;
		return DelegationReport.of(registered.delegationId(), this.municipalities.profileOf(registered.organisation()),
				registered.sessionId(), status, registered.participantCount(), registered.occurredAt());
	}

	private static ParticipantReport participantOf(ParticipantRegistered registered) {
		return new ParticipantReport(registered.delegationId(), registered.participantId(), registered.name(),
				registered.roleTitle(), (registered.roleCategory() != null) ? registered.roleCategory().name() : null,
				registered.organisationNumber());
	}

	private static String id(UUID eventId) {
		return eventId.toString();
	}

	/** Only ids and types: events carry names and e-mail addresses. */
	/**
	 * Event types this read model does not show yet (reschedules, moves, pilot decisions:
	 * the reporting issue adds them). Nothing to apply, so nothing to deduplicate either.
	 */
	private static boolean notInThisReport(DomainEvent event) {
		log.debug("{} {} is not part of the workshop report", event.getClass().getSimpleName(), event.eventId());
		return true;
	}

	private static void logIfSkipped(boolean applied, String type, UUID eventId) {
		if (!applied) {
			log.debug("{} {} was already in the report; nothing changed", type, eventId);
		}
	}

}
