package no.ks.kulturskole.support.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.erasure.ErasureCompleted;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Tells registration-service that this service erased its copies of an owner for an
 * erasure: one document per erasure and owner in {@value #COLLECTION} (its {@code _id}
 * keeps a redelivered erasure from reporting twice), whose outbox carries the
 * {@link ErasureCompleted} to {@code erasure.<service>}.
 */
public class ErasureReceipts {

	public static final String COLLECTION = "privacy_receipts";

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	private final String service;

	private final Clock clock;

	public ErasureReceipts(MongoTemplate mongo, OutboxEntries outboxEntries, String service, Clock clock) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		this.service = service;
		this.clock = clock;
	}

	public void record(String erasureId, String ownerId) {
		String id = erasureId + "/" + ownerId;
		ErasureCompleted completed = new ErasureCompleted(UUID.randomUUID(), erasureId, ownerId, this.service,
				this.clock.instant(), ErasureCompleted.SCHEMA_VERSION);
		Document entry = new Document();
		this.mongo.getConverter().write(this.outboxEntries.of(completed), entry);
		entry.remove("_class");
		try {
			this.mongo.insert(new Document("_id", id).append("outbox", List.of(entry)), COLLECTION);
			this.outboxEntries.written(COLLECTION, id);
		}
		catch (DuplicateKeyException ex) {
			// reported before
		}
	}

}
