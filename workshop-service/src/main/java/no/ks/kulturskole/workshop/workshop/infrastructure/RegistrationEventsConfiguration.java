package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.List;
import java.util.function.Consumer;

import no.ks.kulturskole.support.deadletter.DeadLetterPublisher;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.workshop.workshop.application.WorkshopInvitations;

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
	Consumer<Message<List<byte[]>>> registrationEvents(InboundEvents inboundEvents, SeatCount seats,
			WorkshopInvitations invitations, DeadLetterPublisher deadLetters,
			@Value("${spring.cloud.stream.bindings.registrationEvents-in-0.group}") String group) {
		return new RegistrationEventsConsumer(inboundEvents, seats, invitations,
				(record, ex) -> deadLetters.send(record, group, ex));
	}

}
