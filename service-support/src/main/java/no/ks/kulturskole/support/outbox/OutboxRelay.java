package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.support.messaging.EventNotPublishedException;
import no.ks.kulturskole.support.messaging.EventPublisher;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents, oldest first within a document,
 * and removes them only after the broker acknowledged them: a document's entries are sent
 * together, and those acknowledged (from the first on) leave in one update.
 * <p>
 * Safe with several instances of a service: an instance first claims a document for a
 * short lease (one conditional update, so exactly one instance wins) and only then
 * publishes and pulls its entries. Without the claim, two instances polling at the same
 * moment would both publish the same entry. Still at least once: an instance that dies
 * between publishing and pulling leaves the entry for the next claim after the lease, so
 * consumers deduplicate by event id. Leases use the system clock: they are about live
 * processes, not business time.
 * <p>
 * The claim fields live beside the business fields, so aggregates must be changed with
 * targeted updates, never by replacing the whole document.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	static final String FIELD = "outbox";

	static final String CLAIMED_BY = "outboxClaimedBy";

	static final String CLAIMED_UNTIL = "outboxClaimedUntil";

	/**
	 * Far longer than publishing a few events takes (the producer gives up after 10 s).
	 */
	private static final Duration LEASE = Duration.ofSeconds(30);

	private final String instance = UUID.randomUUID().toString();

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
	 * @return how many events this instance published in this round
	 */
	public int relayPending() {
		int published = 0;
		for (String collection : this.collections) {
			try {
				published += relay(collection);
			}
			catch (RuntimeException ex) {
				// The broker or the database is away; everything stays in the outbox, the
				// lease
				// runs out and a later round (here or in another instance) tries again.
				this.failures.increment();
				log.warn("Outbox relay for '{}' paused: {}", collection, ex.toString());
				break;
			}
		}
		return published;
	}

	private int relay(String collection) {
		int published = 0;
		for (int round = 0; round < this.batchSize; round++) {
			Document claimed = claimNext(collection);
			if (claimed == null) {
				break;
			}
			List<Document> entries = claimed.getList(FIELD, Document.class);
			int acknowledged = 0;
			try {
				acknowledged = this.publisher.publishAll(entries.stream().map(OutboxRelay::toEntry).toList());
			}
			finally {
				// one update for everything the broker acknowledged (also when a later
				// one
				// failed): a document written by a rush holds hundreds of entries, and
				// rewriting it once per entry would cost more than publishing them
				Update release = new Update().unset(CLAIMED_BY).unset(CLAIMED_UNTIL);
				if (acknowledged > 0) {
					List<String> ids = entries.subList(0, acknowledged)
						.stream()
						.map(entry -> entry.getString("eventId"))
						.toList();
					release.pull(FIELD, new Document("eventId", new Document("$in", ids)));
				}
				this.mongo.updateFirst(mine(claimed.get("_id")), release, collection);
				this.relayed.increment(acknowledged);
				published += acknowledged;
			}
			if (acknowledged < entries.size()) {
				throw new EventNotPublishedException(collection, entries.get(acknowledged).getString("eventId"));
			}
		}
		return published;
	}

	private Document claimNext(String collection) {
		Instant now = Instant.now();
		Query unclaimed = Query.query(Criteria.where(FIELD + ".0")
			.exists(true)
			.orOperator(Criteria.where(CLAIMED_UNTIL).is(null), Criteria.where(CLAIMED_UNTIL).lt(Date.from(now))));
		Update claim = new Update().set(CLAIMED_BY, this.instance).set(CLAIMED_UNTIL, Date.from(now.plus(LEASE)));
		// only the entries: the aggregate itself may be large
		unclaimed.fields().include(FIELD);
		return this.mongo.findAndModify(unclaimed, claim, FindAndModifyOptions.options().returnNew(true),
				Document.class, collection);
	}

	private Query mine(Object id) {
		return Query.query(Criteria.where("_id").is(id).and(CLAIMED_BY).is(this.instance));
	}

	private static OutboxEntry toEntry(Document entry) {
		Date occurredAt = entry.getDate("occurredAt");
		return new OutboxEntry(entry.getString("eventId"), entry.getString("topic"), entry.getString("key"),
				entry.getString("type"), entry.getInteger("schemaVersion", 1), entry.getString("aggregateId"),
				(occurredAt != null) ? occurredAt.toInstant() : null, entry.getString("correlationId"),
				entry.getString("payload"), entry.getString("traceparent"));
	}

}
