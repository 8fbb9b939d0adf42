package no.ks.kulturskole.registration.evaluation.infrastructure;

import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.evaluation.application.InvitationStore;
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
 * One document per delegation and session in {@value #COLLECTION}, with the ids invited
 * and the outbox of the events that announce their links: the record and its event are
 * one write. Versioned, so that two writers never both invite the same participant; and
 * changed only by targeted updates, so the outbox relay's {@code $pull} is never undone.
 */
@Repository
class MongoInvitationStore implements InvitationStore {

	static final String COLLECTION = "evaluation_invitations";

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoInvitationStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		mongo.indexOps(COLLECTION).createIndex(new Index().on("delegationId", Sort.Direction.ASC));
	}

	@Override
	public Optional<Invited> find(String workshopId, String sessionId, String delegationId) {
		Document found = this.mongo.findById(id(workshopId, sessionId, delegationId), Document.class, COLLECTION);
		return Optional.ofNullable(found)
			.map((document) -> new Invited(document.getList("participantIds", String.class, List.of()),
					document.get("version", Number.class).longValue(),
					Boolean.TRUE.equals(document.getBoolean("erased"))));
	}

	@Override
	public boolean record(Invited before, String workshopId, String sessionId, String delegationId,
			List<String> invited, DomainEvent event) {
		String id = id(workshopId, sessionId, delegationId);
		Document entry = outboxEntry(event);
		if (before == null) {
			Document document = new Document("_id", id).append("workshopId", workshopId)
				.append("sessionId", sessionId)
				.append("delegationId", delegationId)
				.append("participantIds", invited)
				.append("version", 1L)
				.append("outbox", List.of(entry));
			try {
				this.mongo.getCollection(COLLECTION).insertOne(document);
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
					return false;
				}
				throw ex;
			}
		}
		else {
			Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(before.version()));
			Update update = new Update().push("participantIds")
				.each(invited.toArray())
				.inc("version", 1)
				.push("outbox", entry);
			if (this.mongo.updateFirst(unchanged, update, COLLECTION).getMatchedCount() != 1) {
				return false;
			}
		}
		this.outboxEntries.written(COLLECTION, id);
		return true;
	}

	@Override
	public void eraseDelegation(String delegationId) {
		// the record stays, without ids, so that nobody of the delegation is invited
		// again
		this.mongo.updateMulti(Query.query(Criteria.where("delegationId").is(delegationId)),
				new Update().set("participantIds", List.of()).set("erased", true).inc("version", 1), COLLECTION);
	}

	private Document outboxEntry(DomainEvent event) {
		Document entry = new Document();
		this.mongo.getConverter().write(this.outboxEntries.of(event), entry);
		entry.remove("_class");
		return entry;
	}

	private static String id(String workshopId, String sessionId, String delegationId) {
		return workshopId + "/" + sessionId + "/" + delegationId;
	}

}
