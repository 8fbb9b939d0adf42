package no.ks.kulturskole.support.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.secret.SecretSeal;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The data keys that seal personal data (see
 * {@link no.ks.kulturskole.contracts.privacy.PersonalData}), one document per owner in
 * {@value #COLLECTION}: {@code key} while the owner's data lives, {@code erased} once it
 * was erased. registration-service issues and erases them (each change carries its
 * {@code privacy.keys} event in the document's outbox, so the topic hears of it exactly
 * as the document says); every service that reads personal data keeps a copy from the
 * topic ({@link #apply}).
 * <p>
 * An erased owner stays erased: a redelivered or late {@link DataKeyIssued} never brings
 * its key back.
 * <p>
 * Round trips, because a rush seals five events per delegation inside the workshop's one
 * writer, and readers open every event they consume: the owner remembers the keys it
 * issued or found ({@link #issuedFor}), and a new owner's key is inserted without being
 * looked for first; a reader remembers keys within one batch only
 * ({@link #withinOneBatch}), so that an erasure another instance applied is seen by its
 * next batch. A key the owner remembers after another instance erased it can only seal
 * data that nobody can open any more: that key exists nowhere else.
 * <p>
 * Why one class of some 340 lines: the owner's writes and the readers' copy are two sides
 * of one document per owner, and the rule that an erased owner stays erased must hold in
 * every write to it, which is easiest to see when all of them are here.
 */
public class DataKeys {

	public static final String COLLECTION = "privacy_keys";

	static final String KEY = "key";

	static final String ERASED = "erased";

	private static final long LOOK_AGAIN_MILLIS = 50;

	private static final int DUPLICATE_KEY = 11000;

	/** Keys an owner keeps at hand: the delegations of several rushes. */
	private static final int REMEMBERED_KEYS = 10_000;

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	private final Map<String, SecretSeal> issued = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, SecretSeal> eldest) {
			return size() > REMEMBERED_KEYS;
		}

	});

	private final ThreadLocal<Map<String, State>> batch = new ThreadLocal<>();

	private final Object arrivals = new Object();

	public DataKeys(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
	}

	/** What this service knows of an owner's key. */
	public State stateOf(String ownerId) {
		Map<String, State> remembered = this.batch.get();
		return (remembered != null) ? remembered.computeIfAbsent(ownerId, this::lookUp) : lookUp(ownerId);
	}

	/**
	 * What this service knows of an owner's key, waiting up to {@code patience} for a key
	 * it does not know yet. The key travels on {@code privacy.keys}, beside the events it
	 * opens, and usually arrives moments after them: waiting here for it is much shorter
	 * than the consumer's retry of a whole batch. A key this instance applies wakes the
	 * wait at once; one another instance applies is found by looking again every
	 * {@value #LOOK_AGAIN_MILLIS} ms.
	 */
	public State stateOf(String ownerId, Duration patience) {
		State state = stateOf(ownerId);
		long deadline = System.nanoTime() + patience.toNanos();
		while (state == State.UNKNOWN && System.nanoTime() < deadline) {
			synchronized (this.arrivals) {
				try {
					this.arrivals.wait(LOOK_AGAIN_MILLIS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return state;
				}
			}
			state = lookUp(ownerId);
		}
		Map<String, State> remembered = this.batch.get();
		if (remembered != null) {
			remembered.put(ownerId, state);
		}
		return state;
	}

	/**
	 * Runs a consumer's batch with each owner's key looked up once (the events of one
	 * delegation come together, five or six to a registration), and the keys of the
	 * owners the batch's records name looked up first, all with one query: a rush's batch
	 * holds dozens of delegations, and a round trip for each was a third of reporting's
	 * consumer's time. A name that is no owner finds nothing; an owner not named, or not
	 * found yet, is looked for, and waited for, when its event is opened. Inside a batch
	 * already, it joins that batch.
	 */
	public void withinOneBatch(Collection<String> likelyOwners, Runnable work) {
		boolean outermost = this.batch.get() == null;
		if (outermost) {
			this.batch.set(new HashMap<>());
		}
		try {
			lookUpAll(likelyOwners);
			work.run();
		}
		finally {
			if (outermost) {
				this.batch.remove();
			}
		}
	}

	private void lookUpAll(Collection<String> ownerIds) {
		Map<String, State> remembered = this.batch.get();
		List<String> unknown = ownerIds.stream()
			.filter(Objects::nonNull)
			.distinct()
			.filter((ownerId) -> !remembered.containsKey(ownerId))
			.toList();
		if (unknown.isEmpty()) {
			return;
		}
		for (Document document : this.mongo.find(Query.query(Criteria.where("_id").in(unknown)), Document.class,
				COLLECTION)) {
			remembered.put(document.get("_id").toString(), stateIn(document));
		}
	}

	private State lookUp(String ownerId) {
		Document document = this.mongo.findById(ownerId, Document.class, COLLECTION);
		return (document != null) ? stateIn(document) : State.UNKNOWN;
	}

	private static State stateIn(Document document) {
		if (Boolean.TRUE.equals(document.getBoolean(ERASED)) || document.getString(KEY) == null) {
			return State.ERASED;
		}
		return new State(Optional.of(SecretSeal.withKey(document.getString(KEY))), false);
	}

	/**
	 * The owner's key, issued now if it has none (for the owner of the data only:
	 * registration-service). Safe with several instances: the first insert wins, the
	 * others read its key.
	 * @throws IllegalStateException when the owner was erased: nothing personal may be
	 * written for it any more
	 */
	public SecretSeal issuedFor(String ownerId) {
		SecretSeal known = this.issued.get(ownerId);
		if (known != null) {
			return known;
		}
		SecretSeal key = inserted(ownerId, true).map((issued) -> SecretSeal.withKey(issued.key()))
			.orElseGet(() -> existingFor(ownerId));
		this.issued.put(ownerId, key);
		return key;
	}

	/**
	 * A new owner's key, issued ahead of its first events and announced with them: the
	 * key's document is inserted without an outbox, and the {@link DataKeyIssued}
	 * returned is for the caller to put into the outbox that takes the owner's first
	 * events (in the same update), before them. The key then goes out with its events in
	 * one relay round, instead of a round of its own for every owner (a rush's
	 * registrations each had one), and a key whose events were never stored is never
	 * announced. Empty when the owner had a key already.
	 * @throws IllegalStateException when the owner was erased
	 */
	public Optional<DataKeyIssued> issuedAhead(String ownerId) {
		if (this.issued.containsKey(ownerId)) {
			return Optional.empty();
		}
		Optional<DataKeyIssued> issued = inserted(ownerId, false);
		this.issued.put(ownerId,
				issued.map((key) -> SecretSeal.withKey(key.key())).orElseGet(() -> existingFor(ownerId)));
		return issued;
	}

	/**
	 * A new owner's key, inserted in one round trip without a look first (with its
	 * {@link DataKeyIssued} in the document's outbox when {@code announcedHere}); empty
	 * when the owner has a document already (a key, or erased), which a new owner has
	 * not.
	 */
	private Optional<DataKeyIssued> inserted(String ownerId, boolean announcedHere) {
		String key = SecretSeal.generateKey();
		DataKeyIssued issued = new DataKeyIssued(UUID.randomUUID(), ownerId, Instant.now(),
				DataKeyIssued.SCHEMA_VERSION, key);
		Document document = new Document("_id", ownerId).append(KEY, key).append("issuedAt", issued.occurredAt());
		if (announcedHere) {
			document.append("outbox", List.of(entry(issued)));
		}
		try {
			this.mongo.getCollection(COLLECTION).insertOne(document);
		}
		catch (RuntimeException ex) {
			if (isDuplicateKey(ex)) {
				return Optional.empty(); // issued before, by this or another instance
			}
			throw ex;
		}
		if (announcedHere) {
			this.outboxEntries.written(COLLECTION, ownerId);
		}
		return Optional.of(issued);
	}

	private SecretSeal existingFor(String ownerId) {
		State state = lookUp(ownerId);
		if (state.erased()) {
			throw new IllegalStateException("The personal data of " + ownerId + " was erased");
		}
		return state.key().orElseThrow(() -> new IllegalStateException("No data key for " + ownerId));
	}

	/**
	 * Deletes the owner's key here and, through {@code privacy.keys}, in every service.
	 * The outbox is replaced rather than added to: a {@link DataKeyIssued} not yet
	 * published carries the key and must not go out any more.
	 */
	public void erase(String ownerId, Instant at, String erasureId) {
		this.issued.remove(ownerId);
		DataKeyErased erased = new DataKeyErased(UUID.randomUUID(), ownerId, at, DataKeyErased.SCHEMA_VERSION,
				erasureId);
		this.mongo.upsert(Query.query(Criteria.where("_id").is(ownerId)),
				new Update().unset(KEY).set(ERASED, true).set("erasedAt", at).set("outbox", List.of(entry(erased))),
				COLLECTION);
		this.outboxEntries.written(COLLECTION, ownerId);
	}

	/** A reader's copy follows the topic; idempotent, and never un-erases. */
	public void apply(DataKeyEvent event) {
		applyAll(List.of(event));
	}

	/**
	 * A reader's copy of a poll's keys, in <em>one</em> bulk write: applied one at a
	 * time, a rush's keys came about as fast as one round trip each, the readers' events
	 * waited for them, and the staff dashboard fell tens of seconds behind. Idempotent,
	 * and never un-erases, whatever the order: an issued key is set only where the owner
	 * is not erased (where it is, the upsert's insert meets the erased document and is
	 * refused as a duplicate, which is ignored), and an erasure removes the key.
	 */
	public void applyAll(List<? extends DataKeyEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		for (DataKeyEvent event : events) {
			switch (event) {
				case DataKeyIssued issued ->
					bulk.upsert(Query.query(Criteria.where("_id").is(issued.ownerId()).and(ERASED).ne(true)),
							new Update().set(KEY, issued.key()));
				case DataKeyErased erased -> bulk.upsert(Query.query(Criteria.where("_id").is(erased.ownerId())),
						new Update().unset(KEY).set(ERASED, true).set("erasedAt", erased.occurredAt()));
			}
		}
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			if (!ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				throw ex;
			}
			// only owners erased here already: they stay erased
		}
		synchronized (this.arrivals) {
			this.arrivals.notifyAll();
		}
	}

	private Document entry(DataKeyEvent event) {
		Document entry = new Document();
		this.mongo.getConverter().write(this.outboxEntries.of(event), entry);
		return entry;
	}

	private static boolean isDuplicateKey(RuntimeException ex) {
		return ex instanceof DuplicateKeyException
				|| (ex instanceof com.mongodb.MongoWriteException write && write.getError().getCode() == DUPLICATE_KEY);
	}

	/**
	 * @param key the key while the owner's data lives
	 * @param erased whether the owner was erased
	 */
	public record State(Optional<SecretSeal> key, boolean erased) {

		public static final State UNKNOWN = new State(Optional.empty(), false);

		public static final State ERASED = new State(Optional.empty(), true);

	}

}
