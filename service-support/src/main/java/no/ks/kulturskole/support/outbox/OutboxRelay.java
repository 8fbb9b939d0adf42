package no.ks.kulturskole.support.outbox;

import java.util.Date;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.support.messaging.EventPublisher;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents, oldest first within a document,
 * and removes each one only after the broker acknowledged it. A crash between the two
 * steps publishes the event again: delivery is at least once, and consumers deduplicate
 * by event id.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	static final String FIELD = "outbox";

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final List<String> collections;

	private final int batchSize;

	private final Counter relayed;

	private final Counter failures;

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<String> collections, int batchSize,
			MeterRegistry meters) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.collections = List.copyOf(collections);
		this.batchSize = batchSize;
		this.relayed = meters.counter("platform.outbox.relayed");
		this.failures = meters.counter("platform.outbox.failures");
	}

	/**
	 * @return how many events were published in this round
	 */
	public int relayPending() {
		int published = 0;
		for (String collection : this.collections) {
			try {
				published += relay(collection);
			}
			catch (RuntimeException ex) {
				// The broker or the database is away; everything stays in the outbox for
				// the next round.
				this.failures.increment();
				log.warn("Outbox relay for '{}' paused: {}", collection, ex.toString());
				break;
			}
		}
		return published;
	}

	private int relay(String collection) {
		Query pending = new Query(Criteria.where(FIELD + ".0").exists(true)).limit(this.batchSize);
		int published = 0;
		for (Document aggregate : this.mongo.find(pending, Document.class, collection)) {
			for (Document entry : aggregate.getList(FIELD, Document.class)) {
				this.publisher.publish(toEntry(entry));
				Update acknowledged = new Update().pull(FIELD, new Document("eventId", entry.getString("eventId")));
				this.mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))), acknowledged,
						collection);
				this.relayed.increment();
				published++;
			}
		}
		return published;
	}

	private static OutboxEntry toEntry(Document entry) {
		Date occurredAt = entry.getDate("occurredAt");
		return new OutboxEntry(entry.getString("eventId"), entry.getString("topic"), entry.getString("key"),
				entry.getString("type"), entry.getInteger("schemaVersion", 1), entry.getString("aggregateId"),
				(occurredAt != null) ? occurredAt.toInstant() : null, entry.getString("correlationId"),
				entry.getString("payload"));
	}

}
