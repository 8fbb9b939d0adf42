package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.workshop.workshop.application.WorkshopInvitations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code registrationEvents-in-0}: seats taken, counted from registration.events,
 * and the pilot's selections for the workshops that follow the pilot.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> registrationEvents(InboundEvents inboundEvents, SeatCount seats,
			WorkshopInvitations invitations) {
		return message -> inboundEvents.handle(message, RegistrationEvent.class, (event) -> {
			seats.apply(event);
			invitations.apply(event);
		});
	}

}
