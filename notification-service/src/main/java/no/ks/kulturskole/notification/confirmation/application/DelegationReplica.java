package no.ks.kulturskole.notification.confirmation.application;

import java.util.List;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;

/**
 * The delegations this service has heard of. Each method is one atomic upsert of the
 * delegation's document and returns the state after it, so whichever of the two events
 * arrives last sees both halves.
 */
public interface DelegationReplica {

	DelegationView recordDelegation(DelegationRegistered event);

	/**
	 * @param addedLater whether the delegate comes after the registration was complete;
	 * kept with the delegate from the first time their event is applied, so that the
	 * event applied again finds the same answer
	 */
	DelegationView recordParticipant(ParticipantRegistered event, boolean addedLater);

	/**
	 * Newest wins: applied only when {@code sequence} is at least the one the replica
	 * holds (the same event again re-applies the same state, so a redelivery after a
	 * crash still finishes its mails); an older event changes nothing. Sequence 0 (events
	 * from before it existed) is applied as it comes.
	 * @param status {@code CONFIRMED}, {@code WAITLISTED} or {@code CANCELLED}
	 * @param sessionId the session the event places the delegation in; {@code null} keeps
	 * the one it has
	 * @return the delegation after the change; empty if this service never heard of it,
	 * or the event is older than what the replica holds
	 */
	java.util.Optional<DelegationView> recordStatus(String delegationId, String status, String sessionId,
			long sequence);

	/**
	 * Staff handed the delegation over to another coordinator: later mails to the
	 * coordinator (the new manage link first) go to them. Idempotent by state.
	 */
	void recordCoordinator(String delegationId, String name, String email);

	/**
	 * The coordinators of the organisation's delegations, to any workshop, newest first
	 * (whom an invite-only workshop invites); delegations recorded before the
	 * organisation's number was kept are not found.
	 */
	java.util.List<DelegationView.Coordinator> coordinatorsOf(String organisationNumber);

	/**
	 * The registration's manage link arrived: every delegate after this one was added
	 * later.
	 */
	void recordRegistrationComplete(String delegationId);

	/**
	 * Staff moved the delegation, whole, to another session. Newest wins, as for
	 * {@link #recordStatus}.
	 * @return the delegation as it was before the move; empty if never registered here,
	 * or the event is older than what the replica holds
	 */
	java.util.Optional<DelegationView> recordMove(String delegationId, String toSessionId, String status,
			long sequence);

	/**
	 * Keeps a change mail that cannot be written yet (the session it names is not known
	 * here yet: it comes on another topic) until {@link #awaitingOf} finds it. Every
	 * later {@link #recordStatus} or {@link #recordMove} replaces what waits.
	 */
	void park(String delegationId, DelegationView.Awaiting awaiting);

	/** The delegations of the workshop with a change mail waiting for its session. */
	List<DelegationView> awaitingOf(String workshopId);

	/** The waiting mail went; only this one is cleared, not a newer one. */
	void clearAwaiting(String delegationId, String version);

	/**
	 * Once per {@code eventId}: a removal applied already removes nothing.
	 * @return the delegate as they were before removal; empty if not (or no longer) known
	 */
	java.util.Optional<DelegationView.Delegate> removeParticipant(String delegationId, String participantId,
			String eventId);

	java.util.Optional<DelegationView> ofDelegation(String delegationId);

	/** The registered delegations of a workshop, whatever their status. */
	List<DelegationView> ofWorkshop(String workshopId);

}
