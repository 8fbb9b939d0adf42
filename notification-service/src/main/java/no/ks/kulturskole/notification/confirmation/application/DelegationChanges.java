package no.ks.kulturskole.notification.confirmation.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Awaiting;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.mail.model.CalendarInvite;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailKind;

import org.springframework.stereotype.Service;

/**
 * Tells the people concerned when their delegation changes after registration: seats
 * found (promoted), moved to another session, delegation cancelled, a delegate added,
 * removed or replaced. Calendar entries follow: an invitation on promotion, a new entry
 * and the removal of the old one on a move, a cancellation when someone loses their seat.
 */
@Service
public class DelegationChanges {

	static final String PROMOTED_TEMPLATE = "delegation-promoted";

	static final String CANCELLED_TEMPLATE = "delegation-cancelled";

	static final String REMOVED_TEMPLATE = "participant-removed";

	static final String MOVED_TEMPLATE = "delegation-moved";

	/** A delegation is promoted once: one "seats found" mail per person. */
	static final String PROMOTED_VERSION = "v1";

	private final DelegationReplica delegations;

	private final DelegateInvitations invitations;

	private final DelegateMails mails;

	private final DelegationConfirmations confirmations;

	private final WorkshopReplica workshops;

	private final ScheduledMails scheduledMails;

	private final WorkshopCancellations workshopCancellations;

	public DelegationChanges(DelegationReplica delegations, DelegateInvitations invitations, DelegateMails mails,
			DelegationConfirmations confirmations, WorkshopReplica workshops, ScheduledMails scheduledMails,
			WorkshopCancellations workshopCancellations) {
		this.workshopCancellations = workshopCancellations;
		this.workshops = workshops;
		this.scheduledMails = scheduledMails;
		this.delegations = delegations;
		this.invitations = invitations;
		this.mails = mails;
		this.confirmations = confirmations;
	}

	/**
	 * The delegation now holds a seat in the event's session, which may be another than
	 * the one it waited for (an overflow session). The mails name that session; if this
	 * service does not know it yet (its {@code SessionAdded} comes on another topic),
	 * they wait for it rather than guess.
	 */
	public void on(DelegationPromoted event) {
		this.delegations
			.recordStatus(event.delegationId(), SeatStatus.CONFIRMED.name(), event.sessionId(),
					event.delegationSequence())
			.ifPresent((delegation) -> {
				if (sessionUnknown(delegation)) {
					this.delegations.park(delegation.delegationId(),
							new Awaiting(Awaiting.Kind.PROMOTED, PROMOTED_VERSION));
					return;
				}
				tellPromoted(delegation);
			});
	}

	private void tellPromoted(DelegationView delegation) {
		delegation.delegates().forEach((delegate) -> {
			this.mails.send(MailKind.DELEGATION_PROMOTED, PROMOTED_TEMPLATE, delegation, delegate, PROMOTED_VERSION,
					null, this.invitations.request(delegation, delegate).stream().toList(), Map.of());
			this.scheduledMails.catchUp(delegation, delegate);
		});
		this.mails.sendToCoordinator(MailKind.DELEGATION_PROMOTED, PROMOTED_TEMPLATE, delegation, PROMOTED_VERSION,
				null, Map.of());
	}

	/** Neither the workshop replica nor the registration knows when the session is. */
	private boolean sessionUnknown(DelegationView delegation) {
		return this.invitations.timesOf(delegation).startsAt() == null;
	}

	/**
	 * Sends the change mails that waited for a session of this workshop to become known;
	 * called after every workshop event that brings sessions. A mail whose session is
	 * still unknown keeps waiting.
	 */
	public void sendAwaiting(String workshopId) {
		for (DelegationView delegation : this.delegations.awaitingOf(workshopId)) {
			Awaiting awaiting = delegation.awaiting();
			if (delegation.cancelled() || sessionUnknown(delegation)) {
				continue;
			}
			switch (awaiting.kind()) {
				case PROMOTED -> tellPromoted(delegation);
				case MOVED -> tellMoved(delegation, awaiting.version());
			}
			this.delegations.clearAwaiting(delegation.delegationId(), awaiting.version());
		}
	}

	/**
	 * The registration mails already said "waitlisted" (the confirmation in its waiting
	 * list form is the waitlisted message); only the replica changes.
	 */
	public void on(DelegationWaitlisted event) {
		this.delegations.recordStatus(event.delegationId(), SeatStatus.WAITLISTED.name(), event.sessionId(),
				event.delegationSequence());
	}

	/**
	 * When the workshop itself was cancelled, registration cancels every delegation; its
	 * people get the workshop's cancellation mail, not this delegation's. The event says
	 * so itself ({@code cause}), because {@code WorkshopCancelled} comes on another topic
	 * and may arrive after it: both send the same mail under the same key, whichever is
	 * first, so it goes once. Older events without a cause fall back to the workshop
	 * replica. A cancellation older than what the replica holds sends nothing.
	 */
	public void on(DelegationCancelled event) {
		boolean hadSeats = event.previousStatus() == SeatStatus.CONFIRMED;
		Optional<DelegationView> cancelled = this.delegations.recordStatus(event.delegationId(), "CANCELLED", null,
				event.delegationSequence());
		if (cancelled.isEmpty()) {
			return;
		}
		DelegationView delegation = cancelled.get();
		if (event.cause() == DelegationCancelled.Cause.WORKSHOP_CANCELLED) {
			this.workshopCancellations.tell(delegation, hadSeats, event.reason());
			return;
		}
		boolean workshopCancelled = event.cause() == null
				&& this.workshops.find(event.workshopId()).map(WorkshopView::cancelled).orElse(false);
		if (workshopCancelled) {
			return;
		}
		delegation.delegates()
			.forEach((delegate) -> this.mails.send(MailKind.DELEGATION_CANCELLED, CANCELLED_TEMPLATE, delegation,
					delegate, 1, event.reason(),
					hadSeats ? this.invitations.cancel(delegation, delegate, 1) : Optional.empty()));
		this.mails.sendToCoordinator(MailKind.DELEGATION_CANCELLED, CANCELLED_TEMPLATE, delegation, "v1",
				event.reason(), Map.of());
	}

	/**
	 * Everyone in the delegation, and the coordinator, learns the new time; delegates get
	 * their calendar entry moved to the new session. One move is one mail per person
	 * however often the event is delivered (the key carries the event id), and a second
	 * move is news again.
	 */
	public void on(DelegationMoved event) {
		String status = (event.status() != null) ? event.status().name() : SeatStatus.CONFIRMED.name();
		Optional<DelegationView> before = this.delegations.recordMove(event.delegationId(), event.toSessionId(), status,
				event.delegationSequence());
		Optional<DelegationView> after = this.delegations.ofDelegation(event.delegationId());
		if (before.isEmpty() || after.isEmpty() || after.get().cancelled()) {
			return;
		}
		String version = MailKey.ofEvent(event.eventId());
		if (sessionUnknown(after.get())) {
			this.delegations.park(event.delegationId(), new Awaiting(Awaiting.Kind.MOVED, version));
			return;
		}
		tellMoved(after.get(), version);
	}

	/**
	 * A delegate's calendar entry is one per workshop: the update (same UID, higher
	 * SEQUENCE) moves it to the new session, so nothing of the old slot is left.
	 */
	private void tellMoved(DelegationView moved, String version) {
		for (Delegate delegate : moved.delegates()) {
			List<CalendarInvite> calendars = new ArrayList<>();
			this.invitations.request(moved, delegate).ifPresent(calendars::add);
			this.mails.send(MailKind.DELEGATION_MOVED, MOVED_TEMPLATE, moved, delegate, version, null, calendars,
					Map.of());
			this.scheduledMails.catchUp(moved, delegate);
		}
		this.mails.sendToCoordinator(MailKind.DELEGATION_MOVED, MOVED_TEMPLATE, moved, version, null, Map.of());
	}

	public void on(ParticipantRemoved event) {
		removed(event.delegationId(), event.participantId(), event.eventId().toString(), false);
	}

	/**
	 * The one who leaves is told and loses the calendar entry; the newcomer gets a
	 * welcome of their own with a calendar invitation. A "replacement" by the same
	 * participant id is the same person with a corrected name or role: only the replica
	 * changes.
	 */
	public void on(ParticipantReplaced event) {
		ParticipantRegistered newcomer = new ParticipantRegistered(event.eventId(), event.delegationId(),
				event.workshopId(), Optional.ofNullable(event.occurredAt()).orElse(Instant.EPOCH),
				ParticipantRegistered.SCHEMA_VERSION, event.participantId(), event.sessionId(),
				event.organisationNumber(), event.name(), event.email(), event.roleTitle(), event.roleCategory());
		if (event.participantId().equals(event.replacedParticipantId())) {
			DelegationView delegation = this.delegations.ofDelegation(event.delegationId()).orElse(null);
			Delegate before = (delegation != null) ? delegation.delegates()
				.stream()
				.filter((delegate) -> delegate.participantId().equals(event.participantId()))
				.findFirst()
				.orElse(null) : null;
			// keep when and how they were added: not taken for a newcomer
			this.delegations.recordParticipant(
					(before != null && before.addedAt() != null)
							? new ParticipantRegistered(newcomer.eventId(), newcomer.delegationId(),
									newcomer.workshopId(), before.addedAt(), newcomer.schemaVersion(),
									newcomer.participantId(), newcomer.sessionId(), newcomer.organisationNumber(),
									newcomer.name(), newcomer.email(), newcomer.roleTitle(), newcomer.roleCategory())
							: newcomer,
					before != null && before.addedLater());
			return;
		}
		// the newcomer is recorded under the event's own id: the removal marks one of its
		// own
		removed(event.delegationId(), event.replacedParticipantId(), event.eventId() + "/replaced", true);
		this.confirmations.on(newcomer);
	}

	/**
	 * A redelivered removal finds nobody to remove and sends nothing; the mail key covers
	 * the window between removal and sending.
	 */
	private void removed(String delegationId, String participantId, String eventId, boolean replaced) {
		Optional<Delegate> removed = this.delegations.removeParticipant(delegationId, participantId, eventId);
		if (removed.isEmpty()) {
			return;
		}
		this.delegations.ofDelegation(delegationId)
			.filter(DelegationView::registered)
			.ifPresent((delegation) -> this.mails.send(MailKind.PARTICIPANT_REMOVED, REMOVED_TEMPLATE, delegation,
					removed.get(), "v1", null, delegation.confirmed()
							? this.invitations.cancel(delegation, removed.get(), 1).stream().toList() : List.of(),
					Map.of("replaced", replaced)));
	}

}
