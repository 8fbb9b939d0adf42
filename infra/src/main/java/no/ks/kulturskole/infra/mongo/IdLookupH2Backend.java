package no.ks.kulturskole.infra.mongo;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, with one thing real MongoDB does and it does not: a
 * query that names a document's {@code _id} besides other conditions ("this e-mail, if
 * still pending"; "this workshop, if still at version 7"; "this outbox, if not claimed")
 * finds the document through the {@code _id} index and then checks the other conditions
 * on it. The embedded server uses an index only when the query has exactly the index's
 * fields, so each such conditional update scanned and decoded the whole collection: with
 * every e-mail's "sent" update scanning the e-mail log, a rush's mails cost O(n²). The
 * services' code is unchanged and correct on both; only the local platform's server stops
 * scanning.
 * <p>
 * Collections are opened exactly as {@link H2Database} opens them (same map names), so a
 * store written by one opens with the other.
 */
final class IdLookupH2Backend extends H2Backend {

	/**
	 * Set before {@code super(file)} returns: the H2 backend opens the databases already
	 * in the file from its constructor, so no initialiser of this class has run by then.
	 */
	private LongAdder idLookups;

	IdLookupH2Backend(String file) {
		super(file);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return Database.open(databaseName, getMvStore(), getCursorRegistry(), idLookupCounter());
	}

	private synchronized LongAdder idLookupCounter() {
		if (this.idLookups == null) {
			this.idLookups = new LongAdder();
		}
		return this.idLookups;
	}

	/** Queries answered through the {@code _id} index that the plain backend scans. */
	long idLookups() {
		return idLookupCounter().sum();
	}

	private record Opening(MVStore store, LongAdder idLookups) {
	}

	private static final class Database extends H2Database {

		/**
		 * What {@link #openOrCreateCollection} needs while the constructor of
		 * {@link H2Database} opens the collections already in the file, before this
		 * class's fields are set.
		 */
		private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

		private final Opening opening;

		private Database(String databaseName, MVStore store, CursorRegistry cursors, Opening opening) {
			super(databaseName, store, cursors);
			this.opening = opening;
		}

		static Database open(String databaseName, MVStore store, CursorRegistry cursors, LongAdder idLookups) {
			Opening opening = new Opening(store, idLookups);
			OPENING.set(opening);
			try {
				return new Database(databaseName, store, cursors, opening);
			}
			finally {
				OPENING.remove();
			}
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			Opening context = (this.opening != null) ? this.opening : OPENING.get();
			String namespace = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> data = context.store().openMap("databases." + namespace);
			MVMap<String, Object> meta = context.store().openMap("meta." + namespace);
			return new Collection(this, collectionName, options, data, meta, this.cursorRegistry, context.idLookups());
		}

	}

	private static final class Collection extends H2Collection {

		private final LongAdder idLookups;

		Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
				MVMap<String, Object> meta, CursorRegistry cursors, LongAdder idLookups) {
			super(database, name, options, data, meta, cursors);
			this.idLookups = idLookups;
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document fields) {
			Object id = idOf(query);
			Index<Object> idIndex = (id != null) ? idIndex() : null;
			if (idIndex == null) {
				return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
			}
			// at most one document has this _id: the other conditions are checked on it
			this.idLookups.increment();
			Iterable<Object> positions = idIndex.getPositions(new Document("_id", id));
			return matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields);
		}

		private Index<Object> idIndex() {
			for (Index<Object> index : getIndexes()) {
				if (index.isUnique() && index.getKeys().size() == 1 && "_id".equals(index.getKeys().get(0).getKey())) {
					return index;
				}
			}
			return null;
		}

		/**
		 * The exact {@code _id} a query with further conditions asks for, beside them
		 * ({@code {_id: …, status: …}}, as Spring Data writes it) or among them
		 * ({@code {$and: [{_id: …}, …]}}, as the driver's {@code Filters.and} does); null
		 * when the plain backend answers as well (a query on the {@code _id} alone uses
		 * its index already).
		 */
		private static Object idOf(Document query) {
			if (query.size() > 1 && isPlainValue(query.get("_id"))) {
				return query.get("_id");
			}
			if (query.size() == 1 && query.get("$and") instanceof List<?> clauses) {
				for (Object clause : clauses) {
					if (clause instanceof Document condition && isPlainValue(condition.get("_id"))) {
						return condition.get("_id");
					}
				}
			}
			return null;
		}

		/** An exact value, not an operator document ({@code $in}, …) nor a pattern. */
		private static boolean isPlainValue(Object id) {
			return id != null && !(id instanceof Document) && !BsonRegularExpression.isRegularExpression(id);
		}

	}

}
