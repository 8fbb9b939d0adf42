package no.ks.kulturskole.notification.confirmation.infrastructure;

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
import no.ks.kulturskole.notification.confirmation.application.WorkshopChanges;
import no.ks.kulturskole.notification.confirmation.application.WorkshopInvitationMails;
import no.ks.kulturskole.support.messaging.InboundEvents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code workshopEvents-in-0}: {@code workshop.events}, consumer group
 * {@code notification-service}. One exhaustive {@code switch}: a new event type does not
 * compile here until someone decides whether it leads to an e-mail.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> workshopEvents(InboundEvents inboundEvents, WorkshopChanges changes,
			WorkshopInvitationMails invitations) {
		return (message) -> inboundEvents.handle(message, WorkshopEvent.class, (event) -> {
			switch (event) {
				case WorkshopScheduled scheduled -> changes.on(scheduled);
				case WorkshopRescheduled rescheduled -> changes.on(rescheduled);
				case WorkshopDetailsChanged details -> changes.on(details);
				case MaterialsPublished materials -> changes.on(materials);
				case SessionAdded added -> changes.on(added);
				case WorkshopCancelled cancelled -> changes.on(cancelled);
				case WorkshopInvitationsChanged invited -> invitations.on(invited);
				// no e-mail: a session's capacity, the closing of registration and the
				// end
				// of a workshop change nothing a registrant is told
				case SessionChanged changed -> {
				}
				case RegistrationClosed closed -> {
				}
				case WorkshopCompleted completed -> {
				}
				// the registration form's extra questions: asked on the form, not mailed
				case WorkshopQuestionsChanged questions -> {
				}
			}
		});
	}

}
