package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.util.function.Consumer;

import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopInvitationsChanged;
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
 * {@code notification-service}. Event types not handled here pass without effect.
 */
@Configuration(proxyBeanMethods = false)
class WorkshopEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> workshopEvents(InboundEvents inboundEvents, WorkshopChanges changes,
			WorkshopInvitationMails invitations) {
		return (message) -> inboundEvents.handle(message, WorkshopEvent.class, (event) -> {
			if (event instanceof WorkshopScheduled scheduled) {
				changes.on(scheduled);
			}
			else if (event instanceof WorkshopRescheduled rescheduled) {
				changes.on(rescheduled);
			}
			else if (event instanceof WorkshopDetailsChanged details) {
				changes.on(details);
			}
			else if (event instanceof MaterialsPublished materials) {
				changes.on(materials);
			}
			else if (event instanceof SessionAdded added) {
				changes.on(added);
			}
			else if (event instanceof WorkshopCancelled cancelled) {
				changes.on(cancelled);
			}
			else if (event instanceof WorkshopInvitationsChanged invited) {
				invitations.on(invited);
			}
		});
	}

}
