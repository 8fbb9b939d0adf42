package no.ks.kulturskole.registration.delegation.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.registration.delegation.application.answers.RegistrationAnswers;
import no.ks.kulturskole.registration.delegation.application.ApplyWorkshopEvents;
import no.ks.kulturskole.support.messaging.InboundEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code workshopEvents-in-0}: {@code workshop.events}, consumer group
 * {@code registration-service}. A failing event is retried by the binder and then
 * dead-lettered, so it does not stop the consumer.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> workshopEvents(InboundEvents inboundEvents, ApplyWorkshopEvents replica,
			RegistrationAnswers answers) {
		// the form's extra questions have a replica of their own (issue 17)
		return message -> inboundEvents.handle(message, WorkshopEvent.class, (event) -> {
			if (event instanceof WorkshopQuestionsChanged questions) {
				answers.apply(questions);
			}
			else {
				replica.apply(event);
			}
		});
	}

}
