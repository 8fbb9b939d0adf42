package no.ks.kulturskole.reporting.workshopreport;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;

/**
 * Stands in for the topics in tests that feed the projections directly: an event gets its
 * offset the first time it is published here, the next free one of its topic, and keeps
 * it, so that handing the same event in again is a redelivery. One partition per topic,
 * shared by all workshops: the strictest case, since offsets then interleave between
 * documents.
 */
final class EventLog {

	private static final Map<String, AtomicLong> NEXT_OFFSET = new ConcurrentHashMap<>();

	private static final Map<UUID, SourcePosition> POSITIONS = new ConcurrentHashMap<>();

	private EventLog() {
	}

	static synchronized SourcePosition positionOf(DomainEvent event) {
		return POSITIONS.computeIfAbsent(event.eventId(), (id) -> {
			String topic = topicOf(event);
			return new SourcePosition(topic, 0,
					NEXT_OFFSET.computeIfAbsent(topic, (name) -> new AtomicLong()).getAndIncrement());
		});
	}

	/**
	 * The same event published once more as a new record, at the next free offset, as the
	 * outbox relay does when it crashes between the broker's acknowledgement and removing
	 * the entry.
	 */
	static synchronized SourcePosition republish(DomainEvent event) {
		positionOf(event);
		String topic = topicOf(event);
		return new SourcePosition(topic, 0, NEXT_OFFSET.get(topic).getAndIncrement());
	}

	private static String topicOf(DomainEvent event) {
		return switch (event) {
			case WorkshopEvent workshop -> Topics.WORKSHOP_EVENTS;
			case RegistrationEvent registration -> Topics.REGISTRATION_EVENTS;
			case NotificationEvent notification -> Topics.NOTIFICATION_EVENTS;
			default -> throw new IllegalArgumentException("Not an event of ours: " + event);
		};
	}

}
