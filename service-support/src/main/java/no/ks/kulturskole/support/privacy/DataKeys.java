package no.ks.kulturskole.support.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.secret.SecretSeal;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
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
 */
public class DataKeys {

	public static final String COLLECTION = "privacy_keys";

	static final String KEY = "key";

	static final String ERASED = "erased";

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	public DataKeys(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
	}

	/** What this service knows of an owner's key. */
	public State stateOf(String ownerId) {
		Document document = this.mongo.findById(ownerId, Document.class, COLLECTION);
		if (document == null) {
			return State.UNKNOWN;
		}
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
		State state = stateOf(ownerId);
		if (state.erased()) {
			throw new IllegalStateException("The personal data of " + ownerId + " was erased");
		}
		if (state.key().isPresent()) {
			return state.key().get();
		}
		String key = SecretSeal.generateKey();
		DataKeyIssued issued = new DataKeyIssued(UUID.randomUUID(), ownerId, Instant.now(),
				DataKeyIssued.SCHEMA_VERSION, key);
		Document document = new Document("_id", ownerId).append(KEY, key)
			.append("issuedAt", issued.occurredAt())
			.append("outbox", List.of(entry(issued)));
		try {
			this.mongo.getCollection(COLLECTION).insertOne(document);
			this.outboxEntries.written(COLLECTION, ownerId);
			return SecretSeal.withKey(key);
		}
		catch (RuntimeException ex) {
			if (isDuplicateKey(ex)) {
				return issuedFor(ownerId); // another request or instance issued it first
			}
			throw ex;
		}
	}

	/**
	 * Deletes the owner's key here and, through {@code privacy.keys}, in every service.
	 * The outbox is replaced rather than added to: a {@link DataKeyIssued} not yet
	 * published carries the key and must not go out any more.
	 */
	public void erase(String ownerId, Instant at, String erasureId) {
		DataKeyErased erased = new DataKeyErased(UUID.randomUUID(), ownerId, at, DataKeyErased.SCHEMA_VERSION,
				erasureId);
		this.mongo.upsert(Query.query(Criteria.where("_id").is(ownerId)),
				new Update().unset(KEY).set(ERASED, true).set("erasedAt", at).set("outbox", List.of(entry(erased))),
				COLLECTION);
		this.outboxEntries.written(COLLECTION, ownerId);
	}

	/** A reader's copy follows the topic; idempotent, and never un-erases. */
	public void apply(DataKeyEvent event) {
		Query owner = Query.query(Criteria.where("_id").is(event.ownerId()));
		switch (event) {
			case DataKeyIssued issued -> {
				try {
					this.mongo.upsert(Query.query(Criteria.where("_id").is(issued.ownerId()).and(ERASED).ne(true)),
							new Update().set(KEY, issued.key()), COLLECTION);
				}
				catch (DuplicateKeyException ex) {
					// the owner is erased here already (the upsert's insert met its
					// document): stays erased
				}
			}
			case DataKeyErased erased -> this.mongo.upsert(owner,
					new Update().unset(KEY).set(ERASED, true).set("erasedAt", erased.occurredAt()), COLLECTION);
		}
	}

	private Document entry(DataKeyEvent event) {
		Document entry = new Document();
		this.mongo.getConverter().write(this.outboxEntries.of(event), entry);
		return entry;
	}

	private static boolean isDuplicateKey(RuntimeException ex) {
		return ex instanceof DuplicateKeyException
				|| (ex instanceof com.mongodb.MongoWriteException write && write.getError().getCode() == 11000);
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
