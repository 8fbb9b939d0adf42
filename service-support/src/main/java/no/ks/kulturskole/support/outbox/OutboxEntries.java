package no.ks.kulturskole.support.outbox;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.support.messaging.EventTopics;
import tools.jackson.databind.json.JsonMapper;

/** Turns domain events into outbox entries, serialised once, at the time of the write. */
public class OutboxEntries {

	private final JsonMapper json;

	public OutboxEntries(JsonMapper json) {
		this.json = json;
	}

	/** With the correlation id and trace of the thread that writes it. */
	public OutboxEntry of(DomainEvent event) {
		return of(event, EventOrigin.current());
	}

	/**
	 * With the correlation id and trace of the request that caused the event, for writers
	 * that store the changes of several requests at once.
	 * @param origin captured on the request's thread; {@code null} for none
	 */
	public OutboxEntry of(DomainEvent event, EventOrigin origin) {
		EventOrigin from = (origin != null) ? origin : EventOrigin.NONE;
		return new OutboxEntry(event.eventId().toString(), EventTopics.topicOf(event), event.partitionKey(),
				event.getClass().getSimpleName(), event.schemaVersion(), event.aggregateId(), event.occurredAt(),
				from.correlationId(), this.json.writeValueAsString(event), from.traceparent());
	}

}
