package no.ks.kulturskole.registration.delegation.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Delegations in documents of their own ({@code registration_delegations}, {@code _id} =
 * delegationId), written from the journal of the workshop's document.
 * <p>
 * The workshop's document stays the one commit point: a batch's conditional update sets
 * its {@code journal} (each new delegation whole, each changed one as the fields that
 * changed) in the same update as the outbox and the version. Only then are the entries
 * written here, each conditioned on the version it was written in ({@code writtenIn}), so
 * a late or repeated entry never takes a delegation back. A writer that stops between the
 * two leaves the journal behind, and whoever loads the workshop next writes it before
 * deciding anything (a roll forward): no batch commits on a journal not yet written, so a
 * changed-fields entry always lands on the version it was taken from.
 * <p>
 * Why: in one document, every update rewrote all of a workshop's delegations (about 1 MB
 * at the end of a rush, on MongoDB as on the embedded server), and so did the relay's
 * removal of published events. Now an update carries what changed.
 */
final class DelegationDocuments {

	static final String COLLECTION = "registration_delegations";

	static final String JOURNAL = "journal";

	static final String WORKSHOP_ID = "workshopId";

	static final String POSITION = "position";

	static final String WRITTEN_IN = "writtenIn";

	private static final String DELEGATION_ID = "delegationId";

	private static final String SET = "set";

	private static final String UNSET = "unset";

	private static final String WHOLE = "whole";

	private final MongoTemplate mongo;

	DelegationDocuments(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION).createIndex(new Index().on(WORKSHOP_ID, Sort.Direction.ASC));
		mongo.indexOps(COLLECTION).createIndex(new Index().on("organisation.number", Sort.Direction.ASC));
	}

	/** The delegation as its document stores it (without {@code _class}). */
	Document fieldsOf(Delegation delegation) {
		Document document = new Document();
		this.mongo.getConverter().write(delegation, document);
		document.remove("_class");
		return document;
	}

	Delegation delegationOf(Document document) {
		return this.mongo.getConverter().read(Delegation.class, document);
	}

	/** A journal entry for a delegation the batch added. */
	Document added(String workshopId, int position, Delegation delegation, long writtenIn) {
		Document fields = fieldsOf(delegation).append(WORKSHOP_ID, workshopId).append(POSITION, position);
		return new Document(DELEGATION_ID, delegation.delegationId()).append(WRITTEN_IN, writtenIn)
			.append(WHOLE, true)
			.append(SET, fields)
			.append(UNSET, List.of());
	}

	/** A journal entry with the fields of a delegation that the batch changed. */
	Document changed(Delegation before, Delegation after, long writtenIn) {
		Document old = fieldsOf(before);
		Document now = fieldsOf(after);
		Document set = new Document();
		now.forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				set.append(field, value);
			}
		});
		List<String> unset = old.keySet().stream().filter((field) -> !now.containsKey(field)).toList();
		return new Document(DELEGATION_ID, after.delegationId()).append(WRITTEN_IN, writtenIn)
			.append(WHOLE, false)
			.append(SET, set)
			.append(UNSET, unset);
	}

	/**
	 * The stored delegations of a workshop with the journal rolled forward over them,
	 * keyed by delegation id; writes the entries that were not written yet.
	 */
	Map<String, Document> storedWith(String workshopId, List<Document> journal) {
		Map<String, Document> stored = new HashMap<>();
		this.mongo.getCollection(COLLECTION)
			.find(Filters.eq(WORKSHOP_ID, workshopId))
			.forEach((document) -> stored.put(document.getString("_id"), document));
		List<Document> unwritten = new ArrayList<>();
		for (Document entry : journal) {
			String delegationId = entry.getString(DELEGATION_ID);
			Document current = stored.get(delegationId);
			if (current != null && current.get(WRITTEN_IN, Number.class).longValue() >= writtenIn(entry)) {
				continue;
			}
			Document next = (current != null && !entry.getBoolean(WHOLE)) ? new Document(current) : new Document();
			next.putAll(entry.get(SET, Document.class));
			entry.getList(UNSET, String.class).forEach(next::remove);
			next.put("_id", delegationId);
			next.put(WRITTEN_IN, writtenIn(entry));
			stored.put(delegationId, next);
			unwritten.add(entry);
		}
		write(unwritten);
		return stored;
	}

	/**
	 * Writes journal entries, each only over an older version of its delegation. An entry
	 * that finds a newer version (or, for a new delegation, one already written) is left:
	 * whoever wrote that version had written this one before it.
	 */
	void write(Collection<Document> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = new ArrayList<>(entries.size());
		for (Document entry : entries) {
			Document set = new Document(entry.get(SET, Document.class)).append(WRITTEN_IN, writtenIn(entry));
			Document update = new Document("$set", set);
			List<String> unset = entry.getList(UNSET, String.class);
			if (!unset.isEmpty()) {
				Document fields = new Document();
				unset.forEach((field) -> fields.append(field, ""));
				update.append("$unset", fields);
			}
			writes.add(new UpdateOneModel<>(
					Filters.and(Filters.eq("_id", entry.getString(DELEGATION_ID)),
							Filters.lt(WRITTEN_IN, writtenIn(entry))),
					update, new UpdateOptions().upsert(entry.getBoolean(WHOLE))));
		}
		try {
			this.mongo.getCollection(COLLECTION).bulkWrite(writes, new BulkWriteOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				// a new delegation's upsert finding it written already (or newer)
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
			}
		}
	}

	/** The ids of the workshops whose delegations (stored or in a journal) match. */
	List<String> workshopsWhere(Document onDelegation) {
		List<String> ids = new ArrayList<>();
		this.mongo.getCollection(COLLECTION).distinct(WORKSHOP_ID, onDelegation, String.class).forEach(ids::add);
		Document inJournal = new Document();
		onDelegation.forEach((field, condition) -> inJournal.append(SET + "." + field, condition));
		this.mongo.getCollection(MongoWorkshopRegistrationsStore.COLLECTION)
			.find(new Document(JOURNAL, new Document("$elemMatch", inJournal)))
			.projection(new Document("_id", 1))
			.forEach((document) -> {
				String id = document.getString("_id");
				if (!ids.contains(id)) {
					ids.add(id);
				}
			});
		return ids;
	}

	/** The workshop of a delegation, stored or still only in a journal. */
	Optional<String> workshopOf(String delegationId) {
		Document stored = this.mongo.getCollection(COLLECTION)
			.find(Filters.eq("_id", delegationId))
			.projection(new Document(WORKSHOP_ID, 1))
			.first();
		if (stored != null) {
			return Optional.of(stored.getString(WORKSHOP_ID));
		}
		Document journaled = this.mongo.getCollection(MongoWorkshopRegistrationsStore.COLLECTION)
			.find(Filters.eq(JOURNAL + "." + DELEGATION_ID, delegationId))
			.projection(new Document("_id", 1))
			.first();
		return Optional.ofNullable(journaled).map((document) -> document.getString("_id"));
	}

	private static long writtenIn(Document entry) {
		return entry.get(WRITTEN_IN, Number.class).longValue();
	}

}
