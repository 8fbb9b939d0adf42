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

	DelegationView recordParticipant(ParticipantRegistered event);

	/**
	 * @param status {@code CONFIRMED}, {@code WAITLISTED} or {@code CANCELLED}
	 * @return the delegation after the change; empty if this service never heard of it
	 */
	java.util.Optional<DelegationView> recordStatus(String delegationId, String status);

	boolean knowsParticipant(String delegationId, String participantId);

	/**
	 * The registration's manage link arrived: every delegate after this one was added
	 * later.
	 */
	void recordRegistrationComplete(String delegationId);

	/**
	 * Staff moved the delegation, whole, to another session.
	 * @return the delegation as it was before the move; empty if never registered here
	 */
	java.util.Optional<DelegationView> recordMove(String delegationId, String toSessionId, String status);

	/**
	 * @return the delegate as they were before removal; empty if not (or no longer) known
	 */
	java.util.Optional<DelegationView.Delegate> removeParticipant(String delegationId, String participantId);

	java.util.Optional<DelegationView> ofDelegation(String delegationId);

	/** The registered delegations of a workshop, whatever their status. */
	List<DelegationView> ofWorkshop(String workshopId);

}
