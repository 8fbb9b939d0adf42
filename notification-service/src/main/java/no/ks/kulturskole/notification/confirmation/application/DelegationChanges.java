package no.ks.kulturskole.notification.confirmation.application;

import java.time.Instant;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.mail.model.MailKind;

import org.springframework.stereotype.Service;

/**
 * Tells the delegates concerned when their delegation changes after registration: seats
 * found (promoted), delegation cancelled, a delegate removed or replaced. Calendar
 * entries follow: an invitation on promotion, a cancellation when someone loses their
 * seat.
 */
@Service
public class DelegationChanges {

	static final String PROMOTED_TEMPLATE = "delegation-promoted";

	static final String CANCELLED_TEMPLATE = "delegation-cancelled";

	static final String REMOVED_TEMPLATE = "participant-removed";

	private final DelegationReplica delegations;

	private final DelegateInvitations invitations;

	private final DelegateMails mails;

	private final DelegationConfirmations confirmations;

	public DelegationChanges(DelegationReplica delegations, DelegateInvitations invitations, DelegateMails mails,
			DelegationConfirmations confirmations) {
		this.delegations = delegations;
		this.invitations = invitations;
		this.mails = mails;
		this.confirmations = confirmations;
	}

	public void on(DelegationPromoted event) {
		this.delegations.recordStatus(event.delegationId(), SeatStatus.CONFIRMED.name())
			.ifPresent((delegation) -> delegation.delegates()
				.forEach((delegate) -> this.mails.send(MailKind.DELEGATION_PROMOTED, PROMOTED_TEMPLATE, delegation,
						delegate, 1, null, this.invitations.request(delegation, delegate))));
	}

	public void on(DelegationWaitlisted event) {
		// the registration mails already said "waitlisted"; only the replica changes
		this.delegations.recordStatus(event.delegationId(), SeatStatus.WAITLISTED.name());
	}

	public void on(DelegationCancelled event) {
		boolean hadSeats = event.previousStatus() == SeatStatus.CONFIRMED;
		this.delegations.recordStatus(event.delegationId(), "CANCELLED")
			.ifPresent((delegation) -> delegation.delegates()
				.forEach((delegate) -> this.mails.send(MailKind.DELEGATION_CANCELLED, CANCELLED_TEMPLATE, delegation,
						delegate, 1, event.reason(),
						hadSeats ? this.invitations.cancel(delegation, delegate, 1) : Optional.empty())));
	}

	public void on(ParticipantRemoved event) {
		removed(event.delegationId(), event.participantId());
	}

	/**
	 * The one who leaves is told and loses the calendar entry; the newcomer gets a
	 * confirmation of their own, like every delegate at registration.
	 */
	public void on(ParticipantReplaced event) {
		removed(event.delegationId(), event.replacedParticipantId());
		this.confirmations.on(new ParticipantRegistered(event.eventId(), event.delegationId(), event.workshopId(),
				Optional.ofNullable(event.occurredAt()).orElse(Instant.EPOCH), ParticipantRegistered.SCHEMA_VERSION,
				event.participantId(), event.sessionId(), event.organisationNumber(), event.name(), event.email(),
				event.roleTitle(), event.roleCategory()));
	}

	/**
	 * A redelivered removal finds nobody to remove and sends nothing; the mail key covers
	 * the window between removal and sending.
	 */
	private void removed(String delegationId, String participantId) {
		Optional<Delegate> removed = this.delegations.removeParticipant(delegationId, participantId);
		if (removed.isEmpty()) {
			return;
		}
		this.delegations.ofDelegation(delegationId)
			.filter(DelegationView::registered)
			.ifPresent((delegation) -> this.mails.send(MailKind.PARTICIPANT_REMOVED, REMOVED_TEMPLATE, delegation,
					removed.get(), 1, null, "CONFIRMED".equals(delegation.status())
							? this.invitations.cancel(delegation, removed.get(), 1) : Optional.empty()));
	}

}
