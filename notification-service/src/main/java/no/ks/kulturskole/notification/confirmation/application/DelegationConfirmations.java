package no.ks.kulturskole.notification.confirmation.application;

import java.util.Optional;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.notification.confirmation.model.DelegateConfirmation;
import no.ks.kulturskole.notification.confirmation.application.DelegateInvitations.SessionTimes;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Tells a delegation's coordinator that the registration arrived, and with which status,
 * and tells every delegate the same in a mail of their own, with a calendar invitation.
 * <p>
 * The delegates ({@code ParticipantRegistered}) usually arrive after their delegation,
 * but this does not rely on it: both events go into the {@link DelegationReplica}, and
 * whichever completes the picture sends. A delegate's mail is sent once per key however
 * often either event is redelivered.
 */
@Service
public class DelegationConfirmations {

	private static final Logger log = LoggerFactory.getLogger(DelegationConfirmations.class);

	/**
	 * A registration is the delegation's first revision; later changes (moves,
	 * promotions) will confirm with higher ones.
	 */
	static final int REGISTRATION_REVISION = 1;

	static final String ADDED_TEMPLATE = "delegate-added";

	private final MailTemplates templates;

	private final MailDelivery delivery;

	private final DelegationReplica replica;

	private final DelegateInvitations invitations;

	private final ScheduledMails scheduledMails;

	public DelegationConfirmations(MailTemplates templates, MailDelivery delivery, DelegationReplica replica,
			DelegateInvitations invitations, ScheduledMails scheduledMails) {
		this.scheduledMails = scheduledMails;
		this.templates = templates;
		this.delivery = delivery;
		this.replica = replica;
		this.invitations = invitations;
	}

	/**
	 * The coordinator's confirmation is sent by {@link ManageLinks}: it carries the
	 * manage link, which arrives in {@code ManageLinkIssued} right after.
	 */
	public void on(DelegationRegistered event) {
		DelegationView delegation = this.replica.recordDelegation(event);
		if (delegation.registrationComplete()) {
			// applied again after its manage link, which follows the registration's
			// events: its delegates were confirmed then, and those added, moved or
			// promoted since had mails of their own. Confirming whom the replica holds
			// now would mail a newcomer twice, or name another session.
			return;
		}
		for (Delegate delegate : delegation.delegates()) {
			confirmToDelegate(delegation, delegate);
		}
	}

	/**
	 * A delegate of the registration is confirmed; one heard of first once the
	 * registration was complete was added later and is welcomed. Which of the two is kept
	 * with the delegate, so that the event delivered again sends the same mail, which its
	 * key then keeps to one.
	 */
	public void on(ParticipantRegistered event) {
		Optional<DelegationView> before = this.replica.ofDelegation(event.delegationId());
		Optional<Delegate> known = before.flatMap((delegation) -> delegation.delegates()
			.stream()
			.filter((delegate) -> delegate.participantId().equals(event.participantId()))
			.findFirst());
		boolean addedLater = known.map(Delegate::addedLater)
			.orElseGet(() -> before.map(DelegationView::registrationComplete).orElse(false));
		DelegationView delegation = this.replica.recordParticipant(event, addedLater);
		if (!delegation.registered()) {
			// the delegation's own event has not arrived yet; it sends this one's mail
			return;
		}
		delegation.delegates()
			.stream()
			.filter((delegate) -> delegate.participantId().equals(event.participantId()))
			.forEach((delegate) -> {
				if (delegate.addedLater()) {
					welcome(delegation, delegate);
				}
				else {
					confirmToDelegate(delegation, delegate);
				}
			});
	}

	/**
	 * A delegate added to a delegation after its registration (or replacing someone in
	 * it) gets a mail that says so, with their own calendar invitation.
	 */
	public void welcome(DelegationView delegation, Delegate delegate) {
		if (delegate.email() == null || delegate.email().isBlank() || delegation.cancelled()) {
			return;
		}
		MailKey key = new MailKey(MailKind.DELEGATE_ADDED, delegate.email(), delegation.workshopId(),
				delegation.sessionId(), delegation.delegationId(), REGISTRATION_REVISION);
		// the session as the workshop replica knows it now, looked up once for the mail
		SessionTimes times = this.invitations.timesOf(delegation);
		RenderedMail content = this.templates.render(ADDED_TEMPLATE, times.language(),
				confirmationOf(delegation, delegate, times).variables());
		this.delivery.deliver(new OutgoingMail(key, content, CorrelationId.current().orElse(null),
				this.invitations.request(delegation, delegate, times).orElse(null)));
		this.scheduledMails.catchUp(delegation, delegate);
	}

	private static DelegateConfirmation confirmationOf(DelegationView delegation, Delegate delegate,
			SessionTimes times) {
		return DelegateConfirmation.of(delegation, delegate, times.title(), times.startsAt(), times.endsAt());
	}

	private void confirmToDelegate(DelegationView delegation, Delegate delegate) {
		if (delegate.email() == null || delegate.email().isBlank()) {
			log.warn("Delegate {} of delegation {} has no e-mail; no confirmation sent", delegate.participantId(),
					delegation.delegationId());
			return;
		}
		MailKey key = new MailKey(MailKind.DELEGATE_CONFIRMATION, delegate.email(), delegation.workshopId(),
				delegation.sessionId(), delegation.delegationId(), REGISTRATION_REVISION);
		SessionTimes times = this.invitations.timesOf(delegation);
		RenderedMail content = this.templates.render(DelegateConfirmation.TEMPLATE, times.language(),
				confirmationOf(delegation, delegate, times).variables());
		this.delivery.deliver(new OutgoingMail(key, content, CorrelationId.current().orElse(null),
				this.invitations.request(delegation, delegate, times).orElse(null)));
		this.scheduledMails.catchUp(delegation, delegate);
	}

}
