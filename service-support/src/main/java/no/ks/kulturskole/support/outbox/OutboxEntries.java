package no.ks.kulturskole.support.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.support.messaging.EventTopics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns domain events into outbox entries, serialised once, at the time of the write; and
 * passes on which documents were given entries, so that the relay publishes them at once
 * instead of at its next sweep.
 */
public class OutboxEntries {

	private final JsonMapper json;

	private final List<BiConsumer<String, Object>> listeners = new CopyOnWriteArrayList<>();

	private volatile UnaryOperator<DomainEvent> beforeStoring = UnaryOperator.identity();

	public OutboxEntries(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Every event passes {@code beforeStoring} on its way into an outbox: the owner of
	 * personal data seals it there, so that no personal field reaches a topic in the
	 * clear (see {@link no.ks.kulturskole.support.privacy.PersonalDataSeals}).
	 */
	public void transformBeforeStoring(UnaryOperator<DomainEvent> beforeStoring) {
		this.beforeStoring = beforeStoring;
	}

	/**
	 * A writer stored entries in a document: called after the write succeeded, never
	 * instead of it (the relay's sweep still finds every entry, this only hurries it).
	 */
	public void written(String collection, Object documentId) {
		this.listeners.forEach((listener) -> listener.accept(collection, documentId));
	}

	/** The relay of this instance, which wants to hear of every {@link #written}. */
	void onWritten(BiConsumer<String, Object> listener) {
		this.listeners.add(listener);
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
		DomainEvent stored = this.beforeStoring.apply(event);
		return new OutboxEntry(event.eventId().toString(), EventTopics.topicOf(event), event.partitionKey(),
				event.getClass().getSimpleName(), event.schemaVersion(), event.aggregateId(), event.occurredAt(),
				from.correlationId(), this.json.writeValueAsString(stored), from.traceparent());
	}

}
