package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.util.List;
import java.util.function.Consumer;

import io.micrometer.observation.ObservationRegistry;
import no.ks.kulturskole.notification.confirmation.application.DelegationChanges;
import no.ks.kulturskole.notification.confirmation.application.DelegationConfirmations;
import no.ks.kulturskole.notification.confirmation.application.EvaluationMails;
import no.ks.kulturskole.notification.confirmation.application.ManageLinks;
import no.ks.kulturskole.notification.confirmation.application.RegistrationConflictMails;
import no.ks.kulturskole.notification.pilot.application.PilotDecisions;
import no.ks.kulturskole.support.deadletter.DeadLetterPublisher;
import no.ks.kulturskole.support.messaging.InboundEvents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code registrationEvents-in-0}, in batch mode: see
 * {@link RegistrationEventsConsumer}. Its poison goes to the group's dead-letter topic as
 * every consumer's does ({@link DeadLetterPublisher}).
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConfiguration {

	@Bean
	Consumer<Message<List<byte[]>>> registrationEvents(InboundEvents inboundEvents,
			DelegationConfirmations confirmations, DelegationChanges changes, ManageLinks manageLinks,
			RegistrationConflictMails conflicts, PilotDecisions pilots, EvaluationMails evaluations,
			DeadLetterPublisher deadLetters, ObjectProvider<ObservationRegistry> observations,
			@Value("${spring.cloud.stream.bindings.registrationEvents-in-0.group}") String group) {
		return new RegistrationEventsConsumer(inboundEvents, confirmations, changes, manageLinks, conflicts, pilots,
				evaluations, (record, ex) -> deadLetters.send(record, group, ex),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

}
