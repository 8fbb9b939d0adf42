package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.notification.confirmation.application.DelegationChanges;
import no.ks.kulturskole.notification.confirmation.application.DelegationConfirmations;
import no.ks.kulturskole.notification.confirmation.application.EvaluationMails;
import no.ks.kulturskole.notification.confirmation.application.ManageLinks;
import no.ks.kulturskole.notification.confirmation.application.RegistrationConflictMails;
import no.ks.kulturskole.notification.pilot.application.PilotDecisions;
import no.ks.kulturskole.support.messaging.InboundEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code registrationEvents-in-0}: {@code registration.events}, consumer group
 * {@code notification-service}.
 * <p>
 * One exhaustive {@code switch} over the topic's sealed type: a new event type does not
 * compile here until someone decides whether it leads to an e-mail. Types this build does
 * not know yet are skipped by {@link InboundEvents} before parsing.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> registrationEvents(InboundEvents inboundEvents, DelegationConfirmations confirmations,
			DelegationChanges changes, ManageLinks manageLinks, RegistrationConflictMails conflicts,
			PilotDecisions pilots, EvaluationMails evaluations) {
		return (message) -> inboundEvents.handle(message, RegistrationEvent.class, (event) -> {
			switch (event) {
				case DelegationRegistered registered -> {
					// first, so that once the confirmation is out the language is known
					pilots.on(registered);
					confirmations.on(registered);
				}
				case ParticipantRegistered participant -> confirmations.on(participant);
				case DelegationPromoted promoted -> changes.on(promoted);
				case DelegationWaitlisted waitlisted -> changes.on(waitlisted);
				case DelegationCancelled cancelled -> changes.on(cancelled);
				case ParticipantRemoved removed -> changes.on(removed);
				case ParticipantReplaced replaced -> changes.on(replaced);
				case DelegationMoved moved -> changes.on(moved);
				case ManageLinkIssued link -> manageLinks.on(link);
				case RegistrationConflictReported reported -> conflicts.on(reported);
				case RegistrationConflictResolved resolved -> conflicts.on(resolved);
				case EvaluationInvited invited -> evaluations.on(invited);
				case PilotApplicationSubmitted application -> pilots.on(application);
				case PilotMunicipalitySelected selected -> pilots.on(selected);
				case PilotApplicationDeclined declined -> pilots.on(declined);
				// no e-mail: reflections are for staff, attendance and the closing of the
				// pilot selection change nothing a person is told
				case ReflectionSubmitted reflection -> {
				}
				case PilotSelectionClosed closed -> {
				}
				// the answers to a workshop's extra questions are for the organisers
				case DelegationAnswersGiven answers -> {
				}
				case AttendanceRecorded attendance -> {
				}
			}
		});
	}

}
