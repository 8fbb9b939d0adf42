package no.ks.kulturskole.support.messaging;

import no.ks.kulturskole.support.outbox.OutboxEntry;

/** Publishes one event and returns only once the broker has acknowledged it. */
public interface EventPublisher {

	void publish(OutboxEntry entry);

}
