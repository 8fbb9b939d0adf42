package no.ks.kulturskole.registration.delegation.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopCompleted;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
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
 * <p>
 * One exhaustive {@code switch} over the topic's sealed type (the platform's one dispatch
 * style): a new event type does not compile here until someone decides where it goes.
 * Redeliveries are made harmless by the inbox the aggregate keeps
 * ({@link ApplyWorkshopEvents}).
 */
@Configuration(proxyBeanMethods = false)
class WorkshopEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> workshopEvents(InboundEvents inboundEvents, ApplyWorkshopEvents replica,
			RegistrationAnswers answers) {
		return message -> inboundEvents.handle(message, WorkshopEvent.class, (event) -> {
			switch (event) {
				// the form's extra questions have a replica of their own (issue 17)
				case WorkshopQuestionsChanged questions -> answers.apply(questions);
				// materials are notification's business
				case MaterialsPublished materials -> {
				}
				case WorkshopScheduled scheduled -> replica.apply(scheduled);
				case SessionAdded added -> replica.apply(added);
				case SessionChanged changed -> replica.apply(changed);
				case WorkshopRescheduled rescheduled -> replica.apply(rescheduled);
				case WorkshopDetailsChanged details -> replica.apply(details);
				case RegistrationClosed closed -> replica.apply(closed);
				case WorkshopCancelled cancelled -> replica.apply(cancelled);
				case WorkshopCompleted completed -> replica.apply(completed);
				case WorkshopInvitationsChanged invitations -> replica.apply(invitations);
			}
		});
	}

}
