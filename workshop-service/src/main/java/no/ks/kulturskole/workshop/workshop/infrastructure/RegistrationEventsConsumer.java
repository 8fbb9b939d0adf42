package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.PilotApplicationDeclined;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
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
 * <p>
 * One exhaustive {@code switch} over the topic's sealed type (the platform's one dispatch
 * style): a new event type does not compile here until someone decides what it means for
 * seats or invitations. Redeliveries and late events are made harmless by the inbox
 * ({@link MongoDelegationSeats}).
 */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> registrationEvents(InboundEvents inboundEvents, SeatCount seats,
			WorkshopInvitations invitations) {
		return message -> inboundEvents.handle(message, RegistrationEvent.class, (event) -> {
			switch (event) {
				case DelegationEvent delegation -> seats.apply(delegation);
				case PilotMunicipalitySelected selected -> invitations.on(selected);
				// an application and its decline invite no one; the closing of the
				// selection changes no workshop
				case PilotApplicationSubmitted submitted -> {
				}
				case PilotApplicationDeclined declined -> {
				}
				case PilotSelectionClosed closed -> {
				}
			}
		});
	}

}
