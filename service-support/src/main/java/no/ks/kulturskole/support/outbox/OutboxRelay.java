package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.support.messaging.EventNotPublishedException;
import no.ks.kulturskole.support.messaging.EventPublisher;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents, oldest first within a document,
 * and removes them only after the broker acknowledged them: a document's entries are sent
 * together, and those acknowledged (from the first on) leave in one update.
 * <p>
 * Safe with several instances of a service: an instance first takes a short lease on a
 * document (in {@value #LEASES}, one conditional upsert, so exactly one instance wins)
 * and only then publishes and pulls its entries. Without the claim, two instances polling
 * at the same moment would both publish the same entry. Still at least once: an instance
 * that dies between publishing and pulling leaves the entry for the next claim after the
 * lease, so consumers deduplicate by event id. Leases use the system clock: they are
 * about live processes, not business time.
 * <p>
 * The relay {@code $pull}s from the aggregate's document, so aggregates must be changed
 * with targeted updates, never by replacing the whole document (which would bring
 * published entries back).
 * <p>
 * Two ways to find entries: writers name the documents they gave entries
 * ({@link OutboxEntries#written}), which {@link #relayWritten} claims by {@code _id} at
 * once; and {@link #relayPending} sweeps every collection now and then for whatever was
 * left behind (a crash, another instance, a write whose news was lost). The sweep alone
 * is enough for the guarantee; the news only makes relaying fast and cheap.
 */
public class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	static final String FIELD = "outbox";

	/**
	 * The leases, one small document per aggregate being relayed ({@code _id} =
	 * collection/aggregate id), beside the aggregates rather than in them: taking and
	 * giving back a lease must not rewrite a workshop document of a megabyte.
	 */
	static final String LEASES = "outbox_leases";

	static final String OWNER = "owner";

	static final String UNTIL = "until";

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

	private final Set<WrittenDocument> written = ConcurrentHashMap.newKeySet();

	private final Semaphore wakeUps = new Semaphore(0);

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

	/**
	 * Publishes what writers of this instance stored since the last call
	 * ({@link OutboxEntries#written}), each document claimed by its {@code _id}: no
	 * search through the collections, and no wait for the next sweep. A document another
	 * instance holds is tried again at the next call.
	 * @return how many events this instance published
	 */
	public int relayWritten() {
		int published = 0;
		List<WrittenDocument> documents = new ArrayList<>(this.written);
		for (int i = 0; i < documents.size(); i++) {
			WrittenDocument document = documents.get(i);
			this.written.remove(document);
			try {
				Document claimed = claim(document.collection(), document.id());
				if (claimed != null) {
					published += relayClaimed(document.collection(), claimed);
				}
				else if (heldByAnother(document)) {
					this.written.add(document);
				}
			}
			catch (RuntimeException ex) {
				// as in relayPending: this one and the rest wait for the next call
				this.written.addAll(documents.subList(i, documents.size()));
				this.failures.increment();
				log.warn("Outbox relay for '{}' paused: {}", document.collection(), ex.toString());
				break;
			}
		}
		return published;
	}

	/**
	 * Waits until a writer stored entries (or {@code timeout} passed), so that a relay
	 * loop publishes them at once.
	 */
	public void awaitWritten(Duration timeout) throws InterruptedException {
		this.wakeUps.drainPermits();
		if (this.written.isEmpty()) {
			this.wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Documents written since the last {@link #relayWritten}. */
	public boolean hasWritten() {
		return !this.written.isEmpty();
	}

	/** Hears of every document the writers of this instance give entries. */
	public void hearWritesOf(OutboxEntries entries) {
		entries.onWritten(this::written);
	}

	void written(String collection, Object id) {
		if (this.collections.contains(collection)) {
			this.written.add(new WrittenDocument(collection, id));
			this.wakeUps.release();
		}
	}

	private boolean heldByAnother(WrittenDocument document) {
		Query held = Query.query(Criteria.where("_id")
			.is(leaseId(document.collection(), document.id()))
			.and(UNTIL)
			.gte(Date.from(Instant.now())));
		return this.mongo.exists(held, LEASES);
	}

	/** Up to a batch of the collection's documents with entries, each under a lease. */
	private int relay(String collection) {
		Query withEntries = Query.query(Criteria.where(FIELD + ".0").exists(true)).limit(this.batchSize);
		withEntries.fields().include("_id");
		int published = 0;
		for (Document candidate : this.mongo.find(withEntries, Document.class, collection)) {
			Document claimed = claim(collection, candidate.get("_id"));
			if (claimed != null) {
				published += relayClaimed(collection, claimed);
			}
		}
		return published;
	}

	/** Publishes a claimed document's entries, pulls those acknowledged, releases it. */
	private int relayClaimed(String collection, Document claimed) {
		List<Document> entries = claimed.getList(FIELD, Document.class);
		int acknowledged = 0;
		try {
			acknowledged = this.publisher.publishAll(entries.stream().map(OutboxRelay::toEntry).toList());
		}
		finally {
			// one update for everything the broker acknowledged (also when a later one
			// failed): a document written by a rush holds hundreds of entries, and
			// rewriting it once per entry would cost more than publishing them. Pulled
			// even if the lease ran out meanwhile: they are published, and whoever holds
			// the document now need not send them again.
			try {
				if (acknowledged > 0) {
					List<String> ids = entries.subList(0, acknowledged)
						.stream()
						.map(entry -> entry.getString("eventId"))
						.toList();
					this.mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.get("_id"))),
							new Update().pull(FIELD, new Document("eventId", new Document("$in", ids))), collection);
				}
			}
			finally {
				release(collection, claimed.get("_id"));
				this.relayed.increment(acknowledged);
			}
		}
		if (acknowledged < entries.size()) {
			throw new EventNotPublishedException(collection, entries.get(acknowledged).getString("eventId"));
		}
		return acknowledged;
	}

	/**
	 * Takes the document's lease and reads its entries; {@code null} when another
	 * instance holds it or it has none (then the lease is given back at once).
	 */
	private Document claim(String collection, Object id) {
		if (!lease(collection, id)) {
			return null;
		}
		Query withEntries = Query.query(Criteria.where("_id").is(id).and(FIELD + ".0").exists(true));
		// only the entries: the aggregate itself may be large
		withEntries.fields().include(FIELD);
		Document claimed = this.mongo.findOne(withEntries, Document.class, collection);
		if (claimed == null) {
			release(collection, id);
		}
		return claimed;
	}

	/**
	 * One conditional upsert: the lease is taken if there is none or the last one ran
	 * out; a running lease makes the upsert insert a second document with the same
	 * {@code _id}, which the unique index refuses.
	 */
	private boolean lease(String collection, Object id) {
		Instant now = Instant.now();
		Query free = Query.query(Criteria.where("_id").is(leaseId(collection, id)).and(UNTIL).lt(Date.from(now)));
		Update take = new Update().set(OWNER, this.instance).set(UNTIL, Date.from(now.plus(LEASE)));
		try {
			this.mongo.upsert(free, take, LEASES);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void release(String collection, Object id) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(leaseId(collection, id)).and(OWNER).is(this.instance)),
				LEASES);
	}

	static String leaseId(String collection, Object id) {
		return collection + "/" + id;
	}

	private record WrittenDocument(String collection, Object id) {
	}

	private static OutboxEntry toEntry(Document entry) {
		Date occurredAt = entry.getDate("occurredAt");
		return new OutboxEntry(entry.getString("eventId"), entry.getString("topic"), entry.getString("key"),
				entry.getString("type"), entry.getInteger("schemaVersion", 1), entry.getString("aggregateId"),
				(occurredAt != null) ? occurredAt.toInstant() : null, entry.getString("correlationId"),
				entry.getString("payload"), entry.getString("traceparent"));
	}

}
