package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.notification.NotificationFailed;
import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
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
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceRecord;
import no.ks.kulturskole.reporting.workshopreport.model.SentMessage;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionPlan;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns events into changes of workshop reports. It decides what the report keeps of each
 * event (no e-mail addresses, no meeting links); {@link WorkshopReportDraft} holds the
 * rules, the store loads and writes whole reports.
 * <p>
 * <b>A batch at a time.</b> The events of a batch (a consumer's poll, or a replayed
 * partition) are grouped by workshop, each touched report is loaded once, every event of
 * its group is folded into it in memory in the order read, and the report is written
 * once: one read and one write per workshop and batch instead of a chain of round trips
 * per event. During a registration rush a poll brings hundreds of one workshop's events,
 * so the dashboard keeps up however fast they come. Listeners hear of each changed
 * workshop once per batch, after its report was written.
 * <p>
 * Safe to call again with any event already applied (a redelivery or a full replay): the
 * draft knows what it has applied. An event that cannot be applied is handed back, the
 * rest of the batch is applied.
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

	/**
	 * Applies a batch of events of any topics, each report written once.
	 * @return the events that could not be applied (to be dead-lettered)
	 */
	public List<RejectedEvent> apply(List<SourcedEvent> batch) {
		Map<String, List<SourcedEvent>> byWorkshop = new LinkedHashMap<>();
		for (SourcedEvent sourced : batch) {
			String workshopId = workshopOf(sourced.event());
			if (workshopId == null) {
				notInThisReport(sourced.event());
			}
			else {
				byWorkshop.computeIfAbsent(workshopId, (id) -> new ArrayList<>()).add(sourced);
			}
		}
		if (byWorkshop.isEmpty()) {
			return List.of();
		}
		Map<String, List<RejectedEvent>> rejected = new LinkedHashMap<>();
		Set<String> changed = this.store.update(byWorkshop.keySet(), draft -> {
			// folded again from scratch when the store retries a report, so start afresh
			List<RejectedEvent> refused = new ArrayList<>();
			byWorkshop.get(draft.workshopId()).forEach(sourced -> fold(draft, sourced, refused));
			rejected.put(draft.workshopId(), refused);
		});
		changed.forEach(this.changes::workshopChanged);
		return rejected.values().stream().flatMap(List::stream).toList();
	}

	/** One event: a batch of one. An event that cannot be applied is thrown. */
	public void apply(WorkshopEvent event, SourcePosition position) {
		applyOne(event, position);
	}

	/** One event: a batch of one. An event that cannot be applied is thrown. */
	public void apply(RegistrationEvent event, SourcePosition position) {
		applyOne(event, position);
	}

	/** One event: a batch of one. An event that cannot be applied is thrown. */
	public void apply(NotificationEvent event, SourcePosition position) {
		applyOne(event, position);
	}

	private void applyOne(DomainEvent event, SourcePosition position) {
		List<RejectedEvent> rejected = apply(List.of(new SourcedEvent(event, position)));
		if (!rejected.isEmpty()) {
			throw rejected.get(0).cause();
		}
	}

	private void fold(WorkshopReportDraft draft, SourcedEvent sourced, List<RejectedEvent> refused) {
		DomainEvent event = sourced.event();
		SourcePosition at = sourced.position();
		String eventId = event.eventId().toString();
		if (!draft.isNew(at.stream(), at.offset(), eventId)) {
			log.debug("{} {} was already in the report; nothing changed", event.getClass().getSimpleName(), eventId);
			return;
		}
		try {
			switch (event) {
				case WorkshopEvent workshopEvent -> apply(draft, workshopEvent);
				case RegistrationEvent registrationEvent -> apply(draft, registrationEvent);
				case NotificationEvent notificationEvent -> apply(draft, notificationEvent);
				default -> throw new IllegalArgumentException("Not an event of ours: " + event.getClass());
			}
			draft.applied(at.stream(), at.offset(), eventId);
		}
		catch (RuntimeException ex) {
			// the draft's rules check before they change anything, so nothing is half
			// applied
			refused.add(new RejectedEvent(sourced, ex));
		}
	}

	private void apply(WorkshopReportDraft draft, WorkshopEvent event) {
		switch (event) {
			case WorkshopScheduled scheduled -> draft.schedule(scheduled.title(), scheduled.programme(),
					scheduled.occurredAt(), scheduled.registrationDeadline(), plansOf(scheduled.sessions()));
			case WorkshopRescheduled rescheduled ->
				draft.sessions(plansOf(rescheduled.sessions()), rescheduled.registrationDeadline());
			case SessionAdded added -> draft.sessions(plansOf(List.of(added.session())), null);
			case SessionChanged changed -> draft.capacity(changed.sessionId(), changed.capacity());
			// of the details, the report shows only the title (and never meeting links)
			case WorkshopDetailsChanged details -> draft.title(details.title());
			case RegistrationClosed closed -> draft.status(WorkshopStatus.REGISTRATION_CLOSED);
			case WorkshopCancelled cancelled -> draft.status(WorkshopStatus.CANCELLED);
			case WorkshopCompleted completed -> draft.status(WorkshopStatus.COMPLETED);
			case MaterialsPublished published -> notInThisReport(published);
			// who may register is the workshop's business; the report counts who did
			case WorkshopInvitationsChanged invitations -> notInThisReport(invitations);
			// the exports head a column with each of the form's extra questions
			case WorkshopQuestionsChanged questions -> draft.questionsChanged(FormContents.questionsOf(questions));
		}
	}

	private void apply(WorkshopReportDraft draft, RegistrationEvent event) {
		switch (event) {
			case DelegationRegistered registered -> draft.registerDelegation(delegationOf(registered));
			case ParticipantRegistered registered -> draft.registerParticipant(participantOf(registered));
			case DelegationPromoted promoted -> draft.seat(promoted.delegationId(), promoted.sessionId(),
					DelegationStatus.CONFIRMED, promoted.participantCount());
			case DelegationWaitlisted waitlisted -> draft.seat(waitlisted.delegationId(), waitlisted.sessionId(),
					DelegationStatus.WAITLISTED, waitlisted.participantCount());
			case DelegationMoved moved -> draft.seat(moved.delegationId(), moved.toSessionId(),
					statusOf(moved.status()), moved.participantCount());
			case DelegationCancelled cancelled -> draft.cancel(cancelled.delegationId());
			case ParticipantRemoved removed -> draft.removeParticipant(removed.delegationId(), removed.participantId());
			case ParticipantReplaced replaced -> draft.replaceParticipant(replaced.replacedParticipantId(),
					new ParticipantReport(replaced.delegationId(), replaced.participantId(), replaced.name(),
							replaced.roleTitle(),
							(replaced.roleCategory() != null) ? replaced.roleCategory().name() : null,
							replaced.organisationNumber()));
			case ReflectionSubmitted submitted -> draft.reflection(submitted.delegationId());
			case DelegationAnswersGiven given -> draft.answersGiven(FormContents.answersOf(given));
			case AttendanceRecorded recorded -> draft.attendanceRecorded(new AttendanceRecord(recorded.sessionId(),
					recorded.delegationId(), recorded.presentParticipantIds(), recorded.sequence()));
			// the manage link is the coordinator's secret, nothing staff count
			case ManageLinkIssued issued -> notInThisReport(issued);
			// evaluation links are secrets for the attendees; the results live in
			// registration, anonymous
			case EvaluationInvited invited -> notInThisReport(invited);
			// conflicts are read from registration-service, which owns and resolves them
			case RegistrationConflictReported reported -> notInThisReport(reported);
			case RegistrationConflictResolved resolved -> notInThisReport(resolved);
			// pilot applications belong to no workshop: the pilot overview reads them
			case PilotEvent pilot -> notInThisReport(pilot);
			// closing the pilot selection only starts its retention
			// (registration-service's)
			case PilotSelectionClosed closed -> notInThisReport(closed);
		}
	}

	private void apply(WorkshopReportDraft draft, NotificationEvent event) {
		switch (event) {
			case NotificationSent sent -> draft.mailSent(sent.notificationId(), sent.delegationId());
			case NotificationFailed failed -> draft.mailFailed(failed.notificationId(), failed.delegationId());
			case MessageSentToRegistrants message ->
				draft.messageSent(new SentMessage(message.messageId(), message.subject(), message.occurredAt(),
						message.sessionId(), message.statuses(), message.roles(), message.recipients()));
		}
	}

	/**
	 * The report an event belongs to; {@code null} for events of no workshop (pilot
	 * applications, mails about them). Events of different reports may be applied
	 * independently (a rebuild folds them on parallel threads by this id).
	 */
	public static String workshopOf(DomainEvent event) {
		return switch (event) {
			case WorkshopEvent workshopEvent -> workshopEvent.workshopId();
			case DelegationEvent delegationEvent -> delegationEvent.workshopId();
			case NotificationEvent notificationEvent -> notificationEvent.workshopId();
			default -> null;
		};
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
	 * applications). Only ids and types are logged: events carry names and e-mail
	 * addresses.
	 */
	private static void notInThisReport(DomainEvent event) {
		log.debug("{} {} is not part of the workshop report", event.getClass().getSimpleName(), event.eventId());
	}

}
