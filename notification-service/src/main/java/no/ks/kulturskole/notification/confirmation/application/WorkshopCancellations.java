package no.ks.kulturskole.notification.confirmation.application;

import java.util.Optional;

import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.mail.model.MailKind;

import org.springframework.stereotype.Component;

/**
 * The workshop's cancellation mail to one delegation. Sent from {@code WorkshopCancelled}
 * and from each {@code DelegationCancelled} that says the workshop was cancelled,
 * whichever arrives first (they come on different topics): the same mail under the same
 * key, so each person gets it once.
 */
@Component
public class WorkshopCancellations {

	static final String TEMPLATE = "workshop-cancelled";

	private final DelegateInvitations invitations;

	private final DelegateMails mails;

	public WorkshopCancellations(DelegateInvitations invitations, DelegateMails mails) {
		this.invitations = invitations;
		this.mails = mails;
	}

	/**
	 * @param hadSeat the delegation was confirmed: its calendar entry is taken out
	 */
	public void tell(DelegationView delegation, boolean hadSeat, String reason) {
		for (Delegate delegate : delegation.delegates()) {
			this.mails.send(MailKind.WORKSHOP_CANCELLED, TEMPLATE, delegation, delegate, 1, reason,
					hadSeat ? this.invitations.cancel(delegation, delegate, 1) : Optional.empty());
		}
	}

}
