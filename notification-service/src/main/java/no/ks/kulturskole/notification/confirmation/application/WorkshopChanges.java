package no.ks.kulturskole.notification.confirmation.application;

import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.mail.model.MailKind;

import org.springframework.stereotype.Service;

/**
 * Keeps the workshop replica and tells every delegate of every registered delegation when
 * their workshop moves or is cancelled, updating or removing their calendar entry.
 * Cancelled delegations are not written to.
 */
@Service
public class WorkshopChanges {

	static final String RESCHEDULED_TEMPLATE = "workshop-rescheduled";

	static final String CANCELLED_TEMPLATE = "workshop-cancelled";

	private final WorkshopReplica workshops;

	private final DelegationReplica delegations;

	private final DelegateInvitations invitations;

	private final DelegateMails mails;

	private final ScheduledMails scheduledMails;

	public WorkshopChanges(WorkshopReplica workshops, DelegationReplica delegations, DelegateInvitations invitations,
			DelegateMails mails, ScheduledMails scheduledMails) {
		this.scheduledMails = scheduledMails;
		this.workshops = workshops;
		this.delegations = delegations;
		this.invitations = invitations;
		this.mails = mails;
	}

	public void on(WorkshopScheduled event) {
		this.workshops.recordScheduled(event);
		this.scheduledMails.on(event);
	}

	/**
	 * Only the replica: mails and calendar entries sent after it use the new title and
	 * links; nobody is written to about the change itself.
	 */
	public void on(WorkshopDetailsChanged event) {
		this.workshops.recordDetailsChanged(event);
	}

	public void on(MaterialsPublished event) {
		this.scheduledMails.on(event);
	}

	public void on(SessionAdded event) {
		this.workshops.recordSessionAdded(event);
		this.scheduledMails.on(event);
	}

	/**
	 * Sends whenever the replica's revision is the event's, not only when this delivery
	 * changed it: a redelivery after a crash half-way through the delegates then sends
	 * the rest, and the mail keys (with the revision) keep the others from going twice.
	 */
	public void on(WorkshopRescheduled event) {
		this.workshops.recordRescheduled(event);
		this.scheduledMails.on(event);
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
				continue;
			}
			for (Delegate delegate : delegation.delegates()) {
				this.mails.send(MailKind.WORKSHOP_CANCELLED, CANCELLED_TEMPLATE, delegation, delegate, 1,
						event.reason(), "CONFIRMED".equals(delegation.status())
								? this.invitations.cancel(delegation, delegate, 1) : Optional.empty());
			}
		}
	}

	private static boolean isCancelled(DelegationView delegation) {
		return "CANCELLED".equals(delegation.status());
	}

}
