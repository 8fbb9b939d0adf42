package no.ks.kulturskole.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.support.messaging.EventPublisher;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Publishes the events waiting in aggregate documents, oldest first within a document,
 * and removes them only after the broker acknowledged them: a document's entries are sent
 * in chunks, and those acknowledged (from the first on) leave in one update.
 * <p>
 * Safe with several instances of a service. An instance first takes a <em>lease</em> on a
 * document (in {@value OutboxLeases#LEASES}, beside the aggregate: an insert or an update
 * conditioned on the fencing number read, so exactly one instance wins, and it does not
 * rewrite an aggregate of a megabyte; a round's documents together). Every lease taken on
 * a document gets the next <em>fencing number</em> ({@value OutboxLeases#FENCE}, counted
 * up in the lease document, which is therefore kept after release). Only the holder
 * publishes, and it renews the lease before every chunk after the first, so a long
 * publish (a rush leaves thousands of entries) keeps it; a renewal that finds another
 * number means another instance took the document over (this one stalled past the lease),
 * and this one stops publishing at once.
 * <p>
 * The fence: the {@code $pull} that removes published entries matches only while the
 * aggregate's {@value FencedDocuments#AGGREGATE_FENCE} is absent or not above the
 * remover's number, and an instance that takes over a lease that ran out without being
 * given back first raises the aggregate's number to its own (the one extra write of the
 * aggregate, on takeovers only). So an instance whose lease was taken over removes
 * nothing from then on, whatever it still believes. A takeover publishes again from the
 * first entry still in the document: every event's first copy on the topic stays in the
 * document's order (each instance sends a run of the same list, in order), and what comes
 * twice is an earlier event again, which consumers drop by event id. Still at least once:
 * an instance that dies between publishing and pulling leaves the entries for the next
 * lease. Leases use the system clock: they are about live processes, not business time.
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
 * The parts, each in a class of its own in this package: the leases and their fencing
 * numbers ({@link OutboxLeases}), the claim and the fenced pull on the aggregate
 * ({@link FencedDocuments}), the chunks sent under a renewed lease
 * ({@link ClaimedDocumentPublisher}), the parking ({@link ParkedEntries}) and the
 * writers' news ({@link WrittenDocuments}); this class finds the documents and keeps the
 * rounds going.
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

	private final MongoTemplate mongo;

	private final List<String> collections;

	private final int batchSize;

	private final FencedDocuments documents;

	private final ClaimedDocumentPublisher claimed;

	private final Counter failures;

	private final WrittenDocuments written = new WrittenDocuments();

	/** Per collection: documents with waiting events the last sweep found. */
	private final Map<String, Integer> backlog = new ConcurrentHashMap<>();

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
		this.collections = List.copyOf(collections);
		this.batchSize = batchSize;
		OutboxLeases leases = new OutboxLeases(mongo, lease, clock);
		this.documents = new FencedDocuments(mongo, leases);
		// first copies in document order also when a send fails: see the class
		this.claimed = new ClaimedDocumentPublisher(new OneInFlightAfterFailure(publisher), chunk, leases,
				this.documents, new ParkedEntries(mongo, clock, meters), meters);
		this.failures = meters.counter("platform.outbox.failures");
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
		List<WrittenDocuments.Written> documents = this.written.snapshot();
		for (int from = 0; from < documents.size();) {
			// a group: documents of one collection (next to each other in the snapshot)
			String collection = documents.get(from).collection();
			int to = from;
			while (to < documents.size() && to - from < this.batchSize
					&& documents.get(to).collection().equals(collection)) {
				to++;
			}
			List<WrittenDocuments.Written> group = documents.subList(from, to);
			group.forEach(this.written::taken);
			try {
				FencedDocuments.Group claimed = this.documents.claimAll(collection,
						group.stream().map(WrittenDocuments.Written::id).toList());
				// held by another instance: tried again at the next call
				this.written.putBack(
						claimed.held().stream().map((id) -> new WrittenDocuments.Written(collection, id)).toList());
				published += this.claimed.publishAll(claimed.claims());
			}
			catch (RuntimeException ex) {
				// as in relayPending: this group and the rest wait for the next call
				this.written.putBack(documents.subList(from, documents.size()));
				this.failures.increment();
				log.warn("Outbox relay for '{}' paused: {}", collection, ex.toString());
				break;
			}
			from = to;
		}
		return published;
	}

	/**
	 * Waits until a writer stored entries (or {@code timeout} passed), so that a relay
	 * loop publishes them at once; returns at once when one did since the last
	 * {@link #relayWritten} began.
	 */
	public void awaitWritten(Duration timeout) throws InterruptedException {
		this.written.await(timeout);
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
			this.written.add(collection, id);
		}
	}

	/** Up to a batch of the collection's documents with entries, each under a lease. */
	private int relay(String collection) {
		Query withEntries = Query.query(Criteria.where(FencedDocuments.FIELD + ".0").exists(true))
			.limit(this.batchSize);
		withEntries.fields().include("_id");
		List<Document> candidates = this.mongo.find(withEntries, Document.class, collection);
		this.backlog.put(collection, candidates.size());
		if (candidates.isEmpty()) {
			return 0;
		}
		// claimed together: a few round trips for the group, not a few per document
		return this.claimed.publishAll(this.documents
			.claimAll(collection, candidates.stream().map((candidate) -> candidate.get("_id")).toList())
			.claims());
	}

}
