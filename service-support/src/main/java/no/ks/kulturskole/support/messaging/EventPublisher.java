package no.ks.kulturskole.support.messaging;

import java.util.List;

import no.ks.kulturskole.support.outbox.OutboxEntry;

/**
 * Publishes events in order and tells how far the broker has acknowledged them.
 */
public interface EventPublisher {

	/**
	 * Sends every entry (all of them before waiting for any acknowledgement) and waits
	 * for the broker.
	 * @return how many entries, counted from the first, the broker acknowledged: all of
	 * them, or fewer when one failed (the rest may have reached the broker too, or not),
	 * and whether the one that failed was refused for good
	 */
	Publication publishAll(List<OutboxEntry> entries);

	/**
	 * Publishes one event and returns once the broker has acknowledged it.
	 * @throws EventNotPublishedException when it did not
	 */
	default void publish(OutboxEntry entry) {
		if (publishAll(List.of(entry)).acknowledged() != 1) {
			throw new EventNotPublishedException(entry.topic(), entry.eventId());
		}
	}

}
