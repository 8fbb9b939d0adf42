package no.ks.kulturskole.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.support.messaging.EventNotPublishedException;
import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.Publication;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents, oldest first within a document,
 * and removes them only after the broker acknowledged them: a document's entries are sent
 * in chunks, and those acknowledged (from the first on) leave in one update.
 * <p>
 * Safe with several instances of a service. An instance first takes a <em>lease</em> on a
 * document (in {@value #LEASES}, beside the aggregate: one conditional upsert, so exactly
 * one instance wins, and it does not rewrite an aggregate of a megabyte). Every lease
 * taken on a document gets the next <em>fencing number</em> ({@value #FENCE}, counted up
 * in the lease document, which is therefore kept after release). Only the holder
 * publishes, and it renews the lease before every chunk after the first, so a long
 * publish (a rush leaves thousands of entries) keeps it; a renewal that finds another
 * number means another instance took the document over (this one stalled past the lease),
 * and this one stops publishing at once.
 * <p>
 * The fence: the {@code $pull} that removes published entries matches only while the
 * aggregate's {@value #AGGREGATE_FENCE} is absent or not above the remover's number, and
 * an instance that takes over a lease that ran out without being given back first raises
 * the aggregate's number to its own (the one extra write of the aggregate, on takeovers
 * only). So an instance whose lease was taken over removes nothing from then on, whatever
 * it still believes. A takeover publishes again from the first entry still in the
 * document: every event's first copy on the topic stays in the document's order (each
 * instance sends a run of the same list, in order), and what comes twice is an earlier
 * event again, which consumers drop by event id. Still at least once: an instance that
 * dies between publishing and pulling leaves the entries for the next lease. Leases use
 * the system clock: they are about live processes, not business time.
 * <p>
 * <strong>First copies in document order, per key, also when a send fails.</strong> A
 * chunk is sent with all its records in flight (the idempotent producer keeps them in
 * order while the broker takes them). When one fails, a later record of the chunk may
 * still be accepted, and the failed one's copy sent again would land behind it. So the
 * publisher waits until every record of a failed chunk is settled (acknowledged or given
 * up by the producer: nothing of it is left in the producer to overtake the copies sent
 * again), and from a failure on the relay sends one record at a time, each after the
 * acknowledgement of the one before, until a whole chunk goes through
 * ({@link OneInFlightAfterFailure}). What remains is the chunk in which the broker first
 * fails: there the producer's sequence numbers refuse a later batch of the partition
 * while an earlier one is missing, and a record given up on in the producer's queue can
 * only be overtaken by records queued behind it, which expire a moment after it; only a
 * broker that comes back within that moment could still put a later first copy in front
 * (a transactional chunk would close even that, at the cost of every producer sending in
 * transactions).
 * <p>
 * An entry the broker refuses for good (larger than the topic takes, an invalid topic;
 * see {@link no.ks.kulturskole.support.messaging.KafkaRefusals}) is <em>parked</em>:
 * copied to {@value #PARKED} with the reason and removed from the document by the same
 * fenced pull, counted in {@code platform.outbox.parked} and logged by id, so the entries
 * behind it and every other document still go out (those sent together with it may go
 * twice). A transient failure (the broker away) leaves the entry and those behind it
 * where they are for the next round.
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
	 * The leases, one small document per aggregate ever relayed ({@code _id} =
	 * collection/aggregate id), beside the aggregates rather than in them: taking and
	 * giving back a lease must not rewrite a workshop document of a megabyte. Kept after
	 * release, for its fencing number.
	 */
	static final String LEASES = "outbox_leases";

	static final String OWNER = "owner";

	static final String UNTIL = "until";

	static final String FENCE = "fence";

	static final String RELEASED = "released";

	/** In the aggregate: the fencing number of the last instance that took it over. */
	static final String AGGREGATE_FENCE = "outboxFence";

	/**
	 * Entries the broker refused for good, one document each ({@code _id} = event id).
	 */
	public static final String PARKED = "outbox_parked";

	/**
	 * Far longer than publishing one chunk takes (the producer gives up after 10 s, the
	 * publisher waits 15 s at most), and renewed before every chunk.
	 */
	static final Duration LEASE = Duration.ofSeconds(30);

	/** Entries sent between renewals of the lease. */
	static final int CHUNK = 500;

	private final String instance = UUID.randomUUID().toString();

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final List<String> collections;

	private final int batchSize;

	private final Duration lease;

	private final int chunk;

	private final Clock clock;

	private final Counter relayed;

	private final Counter failures;

	private final Counter parked;

	private final Counter leasesLost;

	private final Set<WrittenDocument> written = ConcurrentHashMap.newKeySet();

	/** Per collection: documents with waiting events the last sweep found. */
	private final Map<String, Integer> backlog = new ConcurrentHashMap<>();

	private final Semaphore wakeUps = new Semaphore(0);

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<String> collections, int batchSize,
			MeterRegistry meters) {
		this(mongo, publisher, collections, batchSize, meters, LEASE, CHUNK, Clock.systemUTC());
	}

	/**
	 * @param lease how long a lease holds without renewal
	 * @param chunk entries sent between renewals of the lease
	 * @param clock the time leases run until (tests move it instead of waiting)
	 */
	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<String> collections, int batchSize,
			MeterRegistry meters, Duration lease, int chunk, Clock clock) {
		this.mongo = mongo;
		// first copies in document order also when a send fails: see the class
		this.publisher = new OneInFlightAfterFailure(publisher);
		this.collections = List.copyOf(collections);
		this.batchSize = batchSize;
		this.lease = lease;
		this.chunk = chunk;
		this.clock = clock;
		this.relayed = meters.counter("platform.outbox.relayed");
		this.failures = meters.counter("platform.outbox.failures");
		this.parked = Counter.builder("platform.outbox.parked")
			.description("Outbox entries the broker refused for good, moved aside to " + PARKED)
			.register(meters);
		this.leasesLost = Counter.builder("platform.outbox.leases.lost")
			.description("Documents another instance took over while this one was relaying them")
			.register(meters);
		// the writers' news relays at once, so a sweep normally finds nothing: what it
		// finds is events that wait (broker away, a crash); at most the batch size each
		Gauge
			.builder("platform.outbox.backlog", this.backlog,
					(perCollection) -> perCollection.values().stream().mapToInt(Integer::intValue).sum())
			.description("Documents with events waiting in their outbox, as the last sweep found them")
			.register(meters);
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
				// lease runs out and a later round (here or in another instance) tries
				// again.
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
				Claim claim = claim(document.collection(), document.id());
				if (claim != null) {
					published += relayClaimed(claim);
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
			.gte(Date.from(this.clock.instant())));
		return this.mongo.exists(held, LEASES);
	}

	/** Up to a batch of the collection's documents with entries, each under a lease. */
	private int relay(String collection) {
		Query withEntries = Query.query(Criteria.where(FIELD + ".0").exists(true)).limit(this.batchSize);
		withEntries.fields().include("_id");
		int published = 0;
		List<Document> candidates = this.mongo.find(withEntries, Document.class, collection);
		this.backlog.put(collection, candidates.size());
		for (Document candidate : candidates) {
			Claim claim = claim(collection, candidate.get("_id"));
			if (claim != null) {
				published += relayClaimed(claim);
			}
		}
		return published;
	}

	/**
	 * Publishes a claimed document's entries chunk by chunk, renewing the lease before
	 * each, parks what the broker refuses for good, pulls what is done (fenced) and gives
	 * the lease back.
	 */
	private int relayClaimed(Claim claim) {
		List<Document> entries = claim.entries();
		List<String> published = new ArrayList<>();
		List<String> parkedHere = new ArrayList<>();
		int next = 0;
		boolean stopped = false;
		boolean lost = false;
		try {
			while (next < entries.size()) {
				if (next > 0 && !renew(claim)) {
					lost = true;
					log.warn("Outbox document {}/{} was taken over by another instance; stopped after {} of {}",
							claim.collection(), claim.id(), next, entries.size());
					break;
				}
				List<Document> chunk = entries.subList(next, Math.min(next + this.chunk, entries.size()));
				Publication publication = this.publisher.publishAll(chunk.stream().map(OutboxRelay::toEntry).toList());
				chunk.subList(0, publication.acknowledged())
					.forEach((entry) -> published.add(entry.getString("eventId")));
				next += publication.acknowledged();
				if (publication.acknowledged() < chunk.size()) {
					if (!publication.refusedForGood()) {
						stopped = true;
						break;
					}
					park(claim, entries.get(next), publication.refusal());
					parkedHere.add(entries.get(next).getString("eventId"));
					next++;
				}
			}
		}
		finally {
			// one update for everything done (also when a later one failed): a document
			// written by a rush holds hundreds of entries, and rewriting it once per
			// entry
			// would cost more than publishing them
			try {
				lost = !remove(claim, published, parkedHere) || lost;
			}
			finally {
				release(claim);
				this.relayed.increment(published.size());
			}
		}
		if (lost) {
			this.leasesLost.increment();
			return published.size();
		}
		if (stopped) {
			throw new EventNotPublishedException(claim.collection(), entries.get(next).getString("eventId"));
		}
		return published.size();
	}

	/**
	 * Copies the entry aside first (an upsert by event id, so a second try after a lost
	 * lease changes nothing), then the fenced pull removes it from the document.
	 */
	private void park(Claim claim, Document entry, String reason) {
		String eventId = entry.getString("eventId");
		Update copy = new Update().setOnInsert("collection", claim.collection())
			.setOnInsert("documentId", claim.id())
			.setOnInsert("entry", entry)
			.setOnInsert("reason", reason)
			.setOnInsert("parkedAt", Date.from(this.clock.instant()));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(eventId)), copy, PARKED);
		this.parked.increment();
		// ids and the exception's class only: the payload may hold personal data
		log.error("Parked outbox entry {} ({} for {}) of {}/{}: the broker refused it for good ({})", eventId,
				entry.getString("type"), entry.getString("topic"), claim.collection(), claim.id(), reason);
	}

	/**
	 * Pulls the published and parked entries in one update that matches only while no
	 * instance with a higher fencing number has taken the document over: the fence.
	 * @return whether the fence let it through (or there was nothing to remove)
	 */
	private boolean remove(Claim claim, List<String> published, List<String> parkedHere) {
		List<String> done = new ArrayList<>(published);
		done.addAll(parkedHere);
		if (done.isEmpty()) {
			return true;
		}
		Query unfenced = Query.query(Criteria.where("_id")
			.is(claim.id())
			.orOperator(Criteria.where(AGGREGATE_FENCE).exists(false),
					Criteria.where(AGGREGATE_FENCE).lte(claim.fence())));
		Update pull = new Update().pull(FIELD, new Document("eventId", new Document("$in", done)));
		boolean passed = this.mongo.updateFirst(unfenced, pull, claim.collection()).getMatchedCount() == 1;
		if (!passed) {
			log.warn("Outbox document {}/{} was taken over by another instance; its holder sends the {} entries"
					+ " this one published again", claim.collection(), claim.id(), done.size());
		}
		return passed;
	}

	/** Extends the lease, if it is still this one's. */
	private boolean renew(Claim claim) {
		Update extend = new Update().set(UNTIL, Date.from(this.clock.instant().plus(this.lease)));
		return this.mongo.updateFirst(leaseOf(claim), extend, LEASES).getMatchedCount() == 1;
	}

	/**
	 * Gives the lease back, if it is still this one's; the document stays for its number.
	 */
	private void release(Claim claim) {
		this.mongo.updateFirst(leaseOf(claim), new Update().set(UNTIL, new Date(0)).set(RELEASED, true), LEASES);
	}

	private static Query leaseOf(Claim claim) {
		return Query
			.query(Criteria.where("_id").is(leaseId(claim.collection(), claim.id())).and(FENCE).is(claim.fence()));
	}

	/**
	 * Takes the document's lease and reads its entries; {@code null} when another
	 * instance holds it or it has none (then the lease is given back at once). When the
	 * last holder never gave the lease back (it died, or it stalled and may still be
	 * running), first raises the aggregate's fence to this lease's number.
	 */
	private Claim claim(String collection, Object id) {
		Lease lease = lease(collection, id);
		if (lease == null) {
			return null;
		}
		if (lease.takenOver()) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().max(AGGREGATE_FENCE, lease.fence()), collection);
		}
		Query withEntries = Query.query(Criteria.where("_id").is(id).and(FIELD + ".0").exists(true));
		// only the entries: the aggregate itself may be large
		withEntries.fields().include(FIELD);
		Document claimed = this.mongo.findOne(withEntries, Document.class, collection);
		Claim claim = new Claim(collection, id, lease.fence(),
				(claimed != null) ? claimed.getList(FIELD, Document.class) : List.of());
		if (claimed == null) {
			release(claim);
			return null;
		}
		return claim;
	}

	/**
	 * One conditional update takes the lease if the last one ran out (given back or not),
	 * raising the fencing number by one; when there was never a lease on the document, an
	 * insert takes the first, and a running lease (taken meanwhile) makes the insert fail
	 * on the unique {@code _id}. No upsert: the embedded server logs every refused upsert
	 * of a {@code findAndModify} as an error, and with two instances that is most rounds.
	 */
	private Lease lease(String collection, Object id) {
		Instant now = this.clock.instant();
		String leaseId = leaseId(collection, id);
		Query free = Query.query(Criteria.where("_id").is(leaseId).and(UNTIL).lt(Date.from(now)));
		Update take = new Update().set(OWNER, this.instance)
			.set(UNTIL, Date.from(now.plus(this.lease)))
			.set(RELEASED, false)
			.inc(FENCE, 1L);
		Document before = this.mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(false),
				Document.class, LEASES);
		if (before != null) {
			Number fence = before.get(FENCE, Number.class);
			return new Lease(((fence != null) ? fence.longValue() : 0L) + 1, !before.getBoolean(RELEASED, false));
		}
		try {
			this.mongo.insert(new Document("_id", leaseId).append(OWNER, this.instance)
				.append(UNTIL, Date.from(now.plus(this.lease)))
				.append(RELEASED, false)
				.append(FENCE, 1L), LEASES);
			return new Lease(1L, false);
		}
		catch (DuplicateKeyException ex) {
			return null;
		}
	}

	static String leaseId(String collection, Object id) {
		return collection + "/" + id;
	}

	/**
	 * @param takenOver whether the last holder's lease ran out without being given back
	 */
	private record Lease(long fence, boolean takenOver) {
	}

	/**
	 * A document this instance holds: its lease's fencing number and the entries read.
	 */
	private record Claim(String collection, Object id, long fence, List<Document> entries) {
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
