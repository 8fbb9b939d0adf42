package no.ks.kulturskole.support.messaging;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.erasure.ErasureEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;

/** Which topic an event belongs on: decided by the sealed interface of its topic. */
public final class EventTopics {

	public static String topicOf(DomainEvent event) {
		return switch (event) {
			case WorkshopEvent ignored -> Topics.WORKSHOP_EVENTS;
			case RegistrationEvent ignored -> Topics.REGISTRATION_EVENTS;
			case NotificationEvent ignored -> Topics.NOTIFICATION_EVENTS;
			case DataKeyEvent ignored -> Topics.PRIVACY_KEYS;
			case ErasureEvent receipt -> Topics.erasureReceipts(receipt.service());
			default -> throw new IllegalArgumentException("No topic for " + event.getClass().getName());
		};
	}

	private EventTopics() {
	}

}
