package no.ks.kulturskole.support.outbox;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.support.correlation.CorrelationId;
import no.ks.kulturskole.support.messaging.EventTopics;
import tools.jackson.databind.json.JsonMapper;

/** Turns domain events into outbox entries, serialised once, at the time of the write. */
public class OutboxEntries {

	private final JsonMapper json;

	public OutboxEntries(JsonMapper json) {
		this.json = json;
	}

	public OutboxEntry of(DomainEvent event) {
		return new OutboxEntry(event.eventId().toString(), EventTopics.topicOf(event), event.partitionKey(),
				event.getClass().getSimpleName(), event.schemaVersion(), event.aggregateId(), event.occurredAt(),
				CorrelationId.current().orElse(null), this.json.writeValueAsString(event));
	}

}
