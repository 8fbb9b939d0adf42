package no.ks.kulturskole.notification.confirmation.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView.DetailsChange;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;

import org.springframework.stereotype.Service;

/**
 * Keeps the workshop replica and tells every delegate of every registered delegation when
 * their workshop moves, changes its title, format, venue or meeting link, or is
 * cancelled, updating or removing their calendar entry. Cancelled delegations are not
 * written to.
 */
@Service
public class WorkshopChanges {

	static final String RESCHEDULED_TEMPLATE = "workshop-rescheduled";

	static final String DETAILS_CHANGED_TEMPLATE = "workshop-details-changed";

	private final WorkshopReplica workshops;

	private final DelegationReplica delegations;

	private final DelegateInvitations invitations;

	private final DelegateMails mails;

	private final ScheduledMails scheduledMails;

	private final WorkshopCancellations workshopCancellations;

	private final DelegationChanges delegationChanges;

	public WorkshopChanges(WorkshopReplica workshops, DelegationReplica delegations, DelegateInvitations invitations,
			DelegateMails mails, ScheduledMails scheduledMails, WorkshopCancellations workshopCancellations,
			DelegationChanges delegationChanges) {
		this.workshopCancellations = workshopCancellations;
		this.delegationChanges = delegationChanges;
		this.scheduledMails = scheduledMails;
		this.workshops = workshops;
		this.delegations = delegations;
		this.invitations = invitations;
		this.mails = mails;
	}

	public void on(WorkshopScheduled event) {
		this.workshops.recordScheduled(event);
		this.scheduledMails.on(event);
		this.delegationChanges.sendAwaiting(event.workshopId());
	}

	/**
	 * Tells the delegates whose session a change concerns: a new title, format or venue
	 * concerns all, a new meeting link those of its session. A change to what delegates
	 * do not act on (description, organisers, target group, price, language) sends
	 * nothing. Like a reschedule, it sends whenever the replica's latest details change
	 * is this event, so a redelivery after a crash sends the rest and the mail keys (with
	 * the event id) keep the others from going twice. The new venue and meeting link, and
	 * the updated calendar entry, go only to confirmed delegates.
	 */
	public void on(WorkshopDetailsChanged event) {
		this.workshops.recordDetailsChanged(event);
		Optional<DetailsChange> change = this.workshops.find(event.workshopId())
			.map(WorkshopView::lastDetailsChange)
			.filter((last) -> event.eventId().toString().equals(last.eventId()));
		if (change.isEmpty()) {
			return;
		}
		for (DelegationView delegation : this.delegations.ofWorkshop(event.workshopId())) {
			if (isCancelled(delegation) || !change.get().mattersTo(delegation.sessionId())) {
				continue;
			}
			Map<String, Object> variables = detailsVariables(change.get(), delegation, event);
			for (Delegate delegate : delegation.delegates()) {
				this.mails.send(MailKind.WORKSHOP_DETAILS_CHANGED, DETAILS_CHANGED_TEMPLATE, delegation, delegate,
						MailKey.ofEvent(event.eventId()), null,
						this.invitations.request(delegation, delegate).stream().toList(), variables);
			}
		}
	}

	/**
	 * The venue and meeting link are kept from delegates without a confirmed seat, as
	 * every other mail keeps them; they are told only that these changed.
	 */
	private static Map<String, Object> detailsVariables(DetailsChange change, DelegationView delegation,
			WorkshopDetailsChanged event) {
		boolean confirmed = delegation.confirmed() && !delegation.waitlisted();
		Map<String, Object> variables = new HashMap<>();
		variables.put("titleChanged", change.titleChanged());
		variables.put("previousTitle", change.previousTitle());
		variables.put("formatChanged", change.formatChanged());
		variables.put("online", event.format() == WorkshopFormat.ONLINE);
		variables.put("venueChanged", change.venueChanged() && event.venue() != null);
		variables.put("venue", confirmed ? event.venue() : null);
		// a link that went away (the workshop now meets in person) is told by the format
		boolean newLink = event.sessions()
			.stream()
			.anyMatch((session) -> session.sessionId().equals(delegation.sessionId()) && session.meetingUrl() != null);
		variables.put("meetingUrlChanged", newLink && change.sessionsWithNewLink().contains(delegation.sessionId()));
		if (!confirmed) {
			variables.put("meetingUrl", null);
		}
		return variables;
	}

	public void on(MaterialsPublished event) {
		this.scheduledMails.on(event);
	}

	public void on(SessionAdded event) {
		this.workshops.recordSessionAdded(event);
		this.scheduledMails.on(event);
		this.delegationChanges.sendAwaiting(event.workshopId());
	}

	/**
	 * Sends whenever the replica's revision is the event's, not only when this delivery
	 * changed it: a redelivery after a crash half-way through the delegates then sends
	 * the rest, and the mail keys (with the revision) keep the others from going twice.
	 */
	public void on(WorkshopRescheduled event) {
		this.workshops.recordRescheduled(event);
		this.scheduledMails.on(event);
		this.delegationChanges.sendAwaiting(event.workshopId());
		boolean current = this.workshops.find(event.workshopId())
			.map((workshop) -> workshop.revision() == event.revision())
			.orElse(false);
		if (!current) {
			return;
		}
		for (DelegationView delegation : this.delegations.ofWorkshop(event.workshopId())) {
			if (isCancelled(delegation)) {
				continue;
			}
			for (Delegate delegate : delegation.delegates()) {
				this.mails.send(MailKind.WORKSHOP_RESCHEDULED, RESCHEDULED_TEMPLATE, delegation, delegate,
						Math.max(event.revision(), 1), event.reason(), this.invitations.request(delegation, delegate));
			}
		}
	}

	public void on(WorkshopCancelled event) {
		this.workshops.recordCancelled(event);
		this.scheduledMails.on(event);
		for (DelegationView delegation : this.delegations.ofWorkshop(event.workshopId())) {
			if (isCancelled(delegation)) {
				// cancelled before, or by this cancellation with its own event first:
				// that event has told them (see DelegationChanges)
				continue;
			}
			this.workshopCancellations.tell(delegation, delegation.confirmed(), event.reason());
		}
	}

	private static boolean isCancelled(DelegationView delegation) {
		return "CANCELLED".equals(delegation.status());
	}

}
