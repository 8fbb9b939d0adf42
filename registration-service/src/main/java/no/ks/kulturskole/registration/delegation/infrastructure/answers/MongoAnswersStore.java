package no.ks.kulturskole.registration.delegation.infrastructure.answers;

import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.registration.delegation.application.answers.AnswersStore;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per delegation in {@code registration_answers}, with its outbox (relayed
 * like the registrations'). Writes are targeted updates, so that the relay's
 * {@code $pull} is never undone.
 */
@Repository
class MongoAnswersStore implements AnswersStore {

	static final String COLLECTION = "registration_answers";

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoAnswersStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		mongo.indexOps(COLLECTION).createIndex(new Index().on("workshopId", Sort.Direction.ASC));
	}

	@Override
	public Optional<StoredAnswers> find(String delegationId) {
		return Optional.ofNullable(this.mongo.findOne(byId(delegationId), StoredAnswers.class, COLLECTION));
	}

	@Override
	public List<StoredAnswers> findByWorkshop(String workshopId) {
		return this.mongo.find(Query.query(Criteria.where("workshopId").is(workshopId)), StoredAnswers.class,
				COLLECTION);
	}

	@Override
	public boolean save(long expectedVersion, StoredAnswers answers, DelegationAnswersGiven event) {
		boolean stored = (expectedVersion == 0) ? insert(answers, event) : update(expectedVersion, answers, event);
		if (stored) {
			this.outboxEntries.written(COLLECTION, answers.delegationId());
		}
		return stored;
	}

	private boolean insert(StoredAnswers answers, DelegationAnswersGiven event) {
		Document document = new Document();
		this.mongo.getConverter().write(answers, document);
		document.remove("_class");
		document.put("_id", answers.delegationId());
		document.put("outbox", List.of(outboxEntry(event)));
		try {
			this.mongo.getCollection(COLLECTION).insertOne(document);
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

	private boolean update(long expectedVersion, StoredAnswers answers, DelegationAnswersGiven event) {
		Query unchanged = Query
			.query(Criteria.where("_id").is(answers.delegationId()).and("version").is(expectedVersion));
		Update update = new Update().set("version", answers.version())
			.set("delegation", answers.delegation())
			.set("participants", answers.participants())
			.push("outbox", outboxEntry(event));
		return this.mongo.updateFirst(unchanged, update, COLLECTION).getMatchedCount() == 1;
	}

	/**
	 * The document goes, answers and all; an event still waiting in its outbox goes with
	 * it, which is what erasure wants (its values are sealed with the erased key anyway).
	 */
	@Override
	public void erase(String delegationId) {
		this.mongo.remove(byId(delegationId), COLLECTION);
	}

	private static Query byId(String delegationId) {
		Query query = Query.query(Criteria.where("_id").is(delegationId));
		query.fields().exclude("outbox");
		return query;
	}

	private Document outboxEntry(DelegationAnswersGiven event) {
		Document entry = new Document();
		this.mongo.getConverter().write(this.outboxEntries.of(event), entry);
		entry.remove("_class");
		return entry;
	}

}
