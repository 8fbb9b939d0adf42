package no.ks.kulturskole.contracts.registration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import no.ks.kulturskole.contracts.DomainEvent;

/**
 * Everything published on {@code registration.events}: the life of delegations (keyed by
 * workshopId, so that one workshop's registrations, waiting list and promotions are read
 * in order) and of pilot applications (keyed by applicationId), and the closing of the
 * pilot selection (keyed by the selection's id).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = DelegationRegistered.class, name = "DelegationRegistered"),
		@JsonSubTypes.Type(value = ParticipantRegistered.class, name = "ParticipantRegistered"),
		@JsonSubTypes.Type(value = ParticipantReplaced.class, name = "ParticipantReplaced"),
		@JsonSubTypes.Type(value = ParticipantRemoved.class, name = "ParticipantRemoved"),
		@JsonSubTypes.Type(value = DelegationWaitlisted.class, name = "DelegationWaitlisted"),
		@JsonSubTypes.Type(value = DelegationPromoted.class, name = "DelegationPromoted"),
		@JsonSubTypes.Type(value = DelegationMoved.class, name = "DelegationMoved"),
		@JsonSubTypes.Type(value = DelegationCancelled.class, name = "DelegationCancelled"),
		@JsonSubTypes.Type(value = ReflectionSubmitted.class, name = "ReflectionSubmitted"),
		@JsonSubTypes.Type(value = ManageLinkIssued.class, name = "ManageLinkIssued"),
		@JsonSubTypes.Type(value = RegistrationConflictReported.class, name = "RegistrationConflictReported"),
		@JsonSubTypes.Type(value = RegistrationConflictResolved.class, name = "RegistrationConflictResolved"),
		@JsonSubTypes.Type(value = AttendanceRecorded.class, name = "AttendanceRecorded"),
		@JsonSubTypes.Type(value = EvaluationInvited.class, name = "EvaluationInvited"),
		@JsonSubTypes.Type(value = DelegationAnswersGiven.class, name = "DelegationAnswersGiven"),
		@JsonSubTypes.Type(value = PilotApplicationSubmitted.class, name = "PilotApplicationSubmitted"),
		@JsonSubTypes.Type(value = PilotMunicipalitySelected.class, name = "PilotMunicipalitySelected"),
		@JsonSubTypes.Type(value = PilotApplicationDeclined.class, name = "PilotApplicationDeclined"),
		@JsonSubTypes.Type(value = PilotSelectionClosed.class, name = "PilotSelectionClosed") })
public sealed interface RegistrationEvent extends DomainEvent
		permits DelegationEvent, PilotEvent, PilotSelectionClosed {

}
