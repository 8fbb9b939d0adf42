package no.ks.kulturskole.contracts.registration;

/**
 * A fact about one delegation; keyed by its workshop so the workshop's history stays in
 * order.
 */
public sealed interface DelegationEvent extends RegistrationEvent permits DelegationRegistered, ParticipantRegistered,
		ParticipantReplaced, ParticipantRemoved, DelegationWaitlisted, DelegationPromoted, DelegationMoved,
		DelegationCancelled, ReflectionSubmitted, ManageLinkIssued, RegistrationConflictReported,
		RegistrationConflictResolved, AttendanceRecorded, EvaluationInvited, DelegationAnswersGiven {

	String workshopId();

	String delegationId();

	@Override
	default String aggregateId() {
		return delegationId();
	}

	@Override
	default String partitionKey() {
		return workshopId();
	}

}
