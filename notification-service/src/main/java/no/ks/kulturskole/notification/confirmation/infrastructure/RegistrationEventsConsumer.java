package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.util.Set;
import java.util.function.Consumer;

import no.ks.kulturskole.contracts.EventHeaders;
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
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.notification.confirmation.application.DelegationChanges;
import no.ks.kulturskole.notification.confirmation.application.DelegationConfirmations;
import no.ks.kulturskole.notification.confirmation.application.EvaluationMails;
import no.ks.kulturskole.notification.confirmation.application.ManageLinks;
import no.ks.kulturskole.notification.confirmation.application.RegistrationConflictMails;
import no.ks.kulturskole.notification.pilot.application.PilotDecisions;
import no.ks.kulturskole.support.messaging.InboundEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Binding {@code registrationEvents-in-0}: {@code registration.events}, consumer group
 * {@code notification-service}.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

	private static final Logger log = LoggerFactory.getLogger(RegistrationEventsConsumer.class);

	/** The event types that lead to an e-mail; every other one is skipped. */
	static final Set<String> HANDLED_TYPES = Set.of("DelegationRegistered", "ParticipantRegistered",
			"DelegationPromoted", "DelegationWaitlisted", "DelegationMoved", "DelegationCancelled",
			"ParticipantRemoved", "ParticipantReplaced", "ManageLinkIssued", "RegistrationConflictReported",
			"RegistrationConflictResolved", "EvaluationInvited", "PilotApplicationSubmitted",
			"PilotMunicipalitySelected", "PilotApplicationDeclined");

	/**
	 * Spring Cloud Function recognises the {@code ce_*} Kafka headers as CloudEvents
	 * attributes and hands them to the function renamed to the canonical {@code ce-*}.
	 */
	static final String CANONICAL_TYPE_HEADER = "ce-type";

	@Bean
	Consumer<Message<byte[]>> registrationEvents(InboundEvents inboundEvents, DelegationConfirmations confirmations,
			DelegationChanges changes, ManageLinks manageLinks, RegistrationConflictMails conflicts,
			PilotDecisions pilots, EvaluationMails evaluations) {
		return (message) -> {
			String type = InboundEvents.header(message, EventHeaders.TYPE)
				.or(() -> InboundEvents.header(message, CANONICAL_TYPE_HEADER))
				.orElse(null);
			if (type != null && !HANDLED_TYPES.contains(type)) {
				// decided by the header before parsing, so that event types this service
				// does not know yet are skipped instead of failing and dead-lettering
				log.debug("Skipped {}", type);
				return;
			}
			// InboundEvents looks for ce_type (for its metric tag and log context)
			Message<byte[]> withType = (type != null)
					? MessageBuilder.fromMessage(message).setHeader(EventHeaders.TYPE, type).build() : message;
			inboundEvents.handle(withType, RegistrationEvent.class, (event) -> {
				if (event instanceof DelegationRegistered registered) {
					// first, so that once the confirmation is out the language is known
					pilots.on(registered);
					confirmations.on(registered);
				}
				else if (event instanceof ParticipantRegistered participant) {
					confirmations.on(participant);
				}
				else if (event instanceof DelegationPromoted promoted) {
					changes.on(promoted);
				}
				else if (event instanceof DelegationWaitlisted waitlisted) {
					changes.on(waitlisted);
				}
				else if (event instanceof DelegationCancelled cancelled) {
					changes.on(cancelled);
				}
				else if (event instanceof ParticipantRemoved removed) {
					changes.on(removed);
				}
				else if (event instanceof ParticipantReplaced replaced) {
					changes.on(replaced);
				}
				else if (event instanceof DelegationMoved moved) {
					changes.on(moved);
				}
				else if (event instanceof ManageLinkIssued link) {
					manageLinks.on(link);
				}
				else if (event instanceof RegistrationConflictReported reported) {
					conflicts.on(reported);
				}
				else if (event instanceof RegistrationConflictResolved resolved) {
					conflicts.on(resolved);
				}
				else if (event instanceof EvaluationInvited invited) {
					evaluations.on(invited);
				}
				else if (event instanceof PilotApplicationSubmitted application) {
					pilots.on(application);
				}
				else if (event instanceof PilotMunicipalitySelected selected) {
					pilots.on(selected);
				}
				else if (event instanceof PilotApplicationDeclined declined) {
					pilots.on(declined);
				}
			});
		};
	}

}
