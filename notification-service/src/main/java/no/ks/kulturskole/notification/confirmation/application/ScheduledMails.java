package no.ks.kulturskole.notification.confirmation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.contracts.workshop.Material;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.confirmation.model.ScheduledItem;
import no.ks.kulturskole.notification.confirmation.model.ScheduledItem.Kind;
import no.ks.kulturskole.notification.confirmation.model.SessionTimeText;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.mail.model.MailKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The T−7 preparation material and the T−1 reminder. Planned from workshop events into
 * the durable {@link Schedule}, moved on reschedule, dropped on cancellation; sent when
 * due by whichever instance claims the item first. Only confirmed delegates get them: the
 * reminder carries the meeting link and a calendar update.
 */
@Service
public class ScheduledMails {

	private static final Logger log = LoggerFactory.getLogger(ScheduledMails.class);

	static final Duration REMINDER_BEFORE = Duration.ofDays(1);

	static final Duration MATERIALS_BEFORE = Duration.ofDays(7);

	private final Schedule schedule;

	private final WorkshopReplica workshops;

	private final DelegationReplica delegations;

	private final DelegateInvitations invitations;

	private final DelegateMails mails;

	private final Clock clock;

	private final Duration lease;

	private final Duration deadlineWarning;

	/** Tells this instance's claims from another's. */
	private final String owner = UUID.randomUUID().toString();

	public ScheduledMails(Schedule schedule, WorkshopReplica workshops, DelegationReplica delegations,
			DelegateInvitations invitations, DelegateMails mails, Clock clock,
			@Value("${platform.schedule.lease:5m}") Duration lease,
			@Value("${platform.schedule.deadline-warning:3d}") Duration deadlineWarning) {
		this.deadlineWarning = deadlineWarning;
		this.schedule = schedule;
		this.workshops = workshops;
		this.delegations = delegations;
		this.invitations = invitations;
		this.mails = mails;
		this.clock = clock;
		this.lease = lease;
	}

	public void on(WorkshopScheduled event) {
		for (SessionDetails session : event.sessions()) {
			this.schedule.plan(reminder(event.workshopId(), session, 0));
		}
		planDeadline(event.workshopId(), event.registrationDeadline(), 0);
	}

	/**
	 * A deadline already passed gets no warning; one closer than the warning period gets
	 * it at once.
	 */
	private void planDeadline(String workshopId, Instant deadline, int revision) {
		if (deadline == null || !deadline.isAfter(this.clock.instant())) {
			return;
		}
		this.schedule.plan(new ScheduledItem(
				ScheduledItem.idOf(Kind.DEADLINE, workshopId, ScheduledItem.WHOLE_WORKSHOP), Kind.DEADLINE, workshopId,
				ScheduledItem.WHOLE_WORKSHOP, deadline.minus(this.deadlineWarning), revision, null, null));
	}

	public void on(WorkshopRescheduled event) {
		if (event.sessions() == null) {
			return;
		}
		for (SessionDetails session : event.sessions()) {
			this.schedule.plan(reminder(event.workshopId(), session, event.revision()));
			this.schedule.move(Kind.MATERIALS, event.workshopId(), session.sessionId(),
					session.startsAt().minus(MATERIALS_BEFORE), event.revision());
		}
		planDeadline(event.workshopId(), event.registrationDeadline(), event.revision());
	}

	public void on(MaterialsPublished event) {
		Optional<WorkshopView> workshop = this.workshops.find(event.workshopId());
		if (workshop.isEmpty()) {
			log.warn("Materials for unknown workshop {}; nothing planned", event.workshopId());
			return;
		}
		for (WorkshopView.Session session : workshop.get().sessions().values()) {
			Instant due = (event.releaseAt() != null) ? event.releaseAt() : session.startsAt().minus(MATERIALS_BEFORE);
			this.schedule.plan(new ScheduledItem(
					ScheduledItem.idOf(Kind.MATERIALS, event.workshopId(), session.sessionId()), Kind.MATERIALS,
					event.workshopId(), session.sessionId(), due, workshop.get().revision(),
					(event.materials() != null) ? event.materials().stream().map(ScheduledMails::line).toList() : null,
					event.reflectionQuestions()));
		}
	}

	public void on(WorkshopCancelled event) {
		this.schedule.dropAll(event.workshopId());
	}

	/**
	 * An overflow session gets its reminder, and the workshop's material if it has been
	 * published already (due at once if the session is less than a week away).
	 */
	public void on(SessionAdded event) {
		SessionDetails session = event.session();
		int revision = this.workshops.find(event.workshopId()).map(WorkshopView::revision).orElse(0);
		if (this.workshops.find(event.workshopId()).map(WorkshopView::cancelled).orElse(false)) {
			return;
		}
		this.schedule.plan(reminder(event.workshopId(), session, revision));
		this.schedule.anyOf(Kind.MATERIALS, event.workshopId())
			.ifPresent((materials) -> this.schedule.plan(new ScheduledItem(
					ScheduledItem.idOf(Kind.MATERIALS, event.workshopId(), session.sessionId()), Kind.MATERIALS,
					event.workshopId(), session.sessionId(), session.startsAt().minus(MATERIALS_BEFORE), revision,
					materials.materials(), materials.reflectionQuestions())));
	}

	@Scheduled(fixedDelayString = "${platform.schedule.poll-interval:10s}",
			initialDelayString = "${platform.schedule.poll-interval:10s}")
	public void poll() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			log.warn("Sending scheduled mails paused: {}", ex.getClass().getSimpleName());
		}
	}

	/**
	 * Sends every item that is due now; one whose moment has passed beyond its use (the
	 * service was down, or the SMTP server) is not sent late but recorded as skipped.
	 * @return how many items this call sent or skipped
	 */
	public int sendDue() {
		int sent = 0;
		Optional<ScheduledItem> item;
		while ((item = this.schedule.claimNextDue(this.clock.instant(), this.lease, this.owner)).isPresent()) {
			Optional<String> tooLate = tooLate(item.get());
			send(item.get(), tooLate.map(this.mails::skipping).orElse(this.mails));
			if (this.schedule.markDone(item.get().id(), this.owner)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Why the item is of no use any more, if it is not: material and reminder are for
	 * before the session, the warning for before the deadline. When the time is not
	 * known, it is sent as before.
	 */
	private Optional<String> tooLate(ScheduledItem item) {
		Instant now = this.clock.instant();
		Optional<WorkshopView> workshop = this.workshops.find(item.workshopId());
		if (item.kind() == Kind.DEADLINE) {
			return workshop.map(WorkshopView::rules)
				.map(WorkshopView.Rules::registrationDeadline)
				.filter((deadline) -> !deadline.isAfter(now))
				.map((deadline) -> "Påmeldingsfristen var passert (" + deadline + ")");
		}
		return workshop.flatMap((w) -> w.session(item.sessionId()))
			.map(WorkshopView.Session::startsAt)
			.filter((startsAt) -> startsAt != null && !startsAt.isAfter(now))
			.map((startsAt) -> "Økten hadde startet (" + startsAt + ")");
	}

	private void send(ScheduledItem item, DelegateMails mails) {
		if (item.kind() == Kind.DEADLINE) {
			warnBeforeDeadline(item, mails);
			return;
		}
		for (DelegationView delegation : this.delegations.ofWorkshop(item.workshopId())) {
			if (!delegation.confirmed() || !item.sessionId().equals(delegation.sessionId())) {
				continue;
			}
			for (Delegate delegate : delegation.delegates()) {
				sendTo(item, delegation, delegate, mails);
			}
		}
	}

	/**
	 * A delegate who gets a seat after the material was released (added, promoted, moved)
	 * gets it at once; the reminder too if it already went and the session has not
	 * started. Anything already sent to them is kept from going twice by the mail key.
	 */
	public void catchUp(DelegationView delegation, Delegate delegate) {
		if (!delegation.confirmed()) {
			return;
		}
		Instant now = this.clock.instant();
		List<ScheduledItem> done = this.schedule.doneOf(delegation.workshopId(), delegation.sessionId());
		if (done.isEmpty()) {
			// the common case, a registration before any material went out
			return;
		}
		Instant startsAt = this.invitations.timesOf(delegation).startsAt();
		for (ScheduledItem item : done) {
			if (item.kind() == Kind.REMINDER && (startsAt == null || !startsAt.isAfter(now))) {
				continue;
			}
			sendTo(item, delegation, delegate, this.mails);
		}
	}

	private void sendTo(ScheduledItem item, DelegationView delegation, Delegate delegate, DelegateMails mails) {
		// the mail key carries the revision, so a redone item (after a lost lease)
		// sends nothing twice, and a reschedule sends again
		int revision = item.revision() + 1;
		if (item.kind() == Kind.REMINDER) {
			mails.send(MailKind.REMINDER, "session-reminder", delegation, delegate, revision, null,
					this.invitations.request(delegation, delegate));
		}
		else if (item.kind() == Kind.MATERIALS) {
			Map<String, Object> extra = new HashMap<>();
			extra.put("materials", item.materials());
			extra.put("reflectionQuestions", item.reflectionQuestions());
			mails.send(MailKind.MATERIALS, "materials-released", delegation, delegate, revision, null, Optional.empty(),
					extra);
		}
	}

	/**
	 * Only delegations that still lack something are written to, and only their
	 * coordinator: the one who can change the delegation.
	 */
	private void warnBeforeDeadline(ScheduledItem item, DelegateMails mails) {
		Optional<WorkshopView> workshop = this.workshops.find(item.workshopId());
		if (workshop.isEmpty() || workshop.get().cancelled() || workshop.get().rules() == null) {
			return;
		}
		WorkshopView.Rules rules = workshop.get().rules();
		for (DelegationView delegation : this.delegations.ofWorkshop(item.workshopId())) {
			WorkshopView.Shortfall shortfall = rules.shortfallOf(delegation);
			if (delegation.cancelled() || shortfall.meetsRules()) {
				continue;
			}
			Map<String, Object> extra = new HashMap<>();
			extra.put("delegateCount", shortfall.delegateCount());
			extra.put("missing", shortfall.missing());
			extra.put("surplus", shortfall.surplus());
			extra.put("needsOutsider", shortfall.needsOutsider());
			extra.put("minDelegationSize", rules.minDelegationSize());
			extra.put("maxDelegationSize", rules.maxDelegationSize());
			extra.put("deadline", (rules.registrationDeadline() != null)
					? SessionTimeText.of(rules.registrationDeadline(), null) : null);
			extra.put("deadlineEn", (rules.registrationDeadline() != null)
					? SessionTimeText.inEnglish(rules.registrationDeadline(), null) : null);
			mails.sendToCoordinator(MailKind.DEADLINE_APPROACHING, "deadline-approaching", delegation,
					"v" + (item.revision() + 1), null, extra);
		}
	}

	private static ScheduledItem reminder(String workshopId, SessionDetails session, int revision) {
		return new ScheduledItem(ScheduledItem.idOf(Kind.REMINDER, workshopId, session.sessionId()), Kind.REMINDER,
				workshopId, session.sessionId(), session.startsAt().minus(REMINDER_BEFORE), revision, null, null);
	}

	private static String line(Material material) {
		return (material.url() != null) ? material.title() + " \u2014 " + material.url() : material.title();
	}

}
