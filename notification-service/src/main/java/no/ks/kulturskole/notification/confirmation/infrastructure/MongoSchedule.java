package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.notification.confirmation.application.Schedule;
import no.ks.kulturskole.notification.confirmation.model.ScheduledItem;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code scheduled_mails}, {@code _id} = kind:workshop/session. Status is
 * PENDING, DONE or DROPPED; {@code leaseUntil} and {@code owner} mark a claim.
 */
@Component
class MongoSchedule implements Schedule {

	static final String COLLECTION = "scheduled_mails";

	private final MongoTemplate mongo;

	MongoSchedule(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void plan(ScheduledItem item) {
		Document fields = new Document("kind", item.kind().name()).append("workshopId", item.workshopId())
			.append("sessionId", item.sessionId())
			.append("dueAt", item.dueAt())
			.append("revision", item.revision())
			.append("status", "PENDING")
			.append("materials", item.materials())
			.append("reflectionQuestions", item.reflectionQuestions());
		// never bring back what a cancellation dropped, never turn the clock back to an
		// older revision, and never redo what was done for this revision
		Query replaceable = Query.query(Criteria.where("_id")
			.is(item.id())
			.and("status")
			.ne("DROPPED")
			.orOperator(Criteria.where("revision").lt(item.revision()),
					Criteria.where("status").is("PENDING").and("revision").is(item.revision())));
		Update update = new Update().unset("leaseUntil").unset("owner");
		fields.forEach(update::set);
		if (this.mongo.updateFirst(replaceable, update, COLLECTION).getMatchedCount() == 1) {
			return;
		}
		try {
			this.mongo.insert(new Document(fields).append("_id", item.id()), COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// it exists and is not to be replaced: nothing to do
		}
	}

	@Override
	public void move(ScheduledItem.Kind kind, String workshopId, String sessionId, Instant dueAt, int revision) {
		Query query = Query.query(Criteria.where("_id")
			.is(ScheduledItem.idOf(kind, workshopId, sessionId))
			.and("status")
			.ne("DROPPED")
			.and("revision")
			.lt(revision));
		this.mongo.updateFirst(query,
				new Update().set("dueAt", dueAt).set("revision", revision).set("status", "PENDING"), COLLECTION);
	}

	@Override
	public void dropAll(String workshopId) {
		this.mongo.updateMulti(Query.query(Criteria.where("workshopId").is(workshopId)),
				new Update().set("status", "DROPPED"), COLLECTION);
	}

	@Override
	public Optional<ScheduledItem> claimNextDue(Instant now, Duration lease, String owner) {
		Criteria free = new Criteria().orOperator(Criteria.where("leaseUntil").exists(false),
				Criteria.where("leaseUntil").lte(now));
		Query due = Query
			.query(new Criteria().andOperator(Criteria.where("status").is("PENDING"), Criteria.where("dueAt").lte(now),
					free))
			.with(Sort.by("dueAt"));
		Update claim = new Update().set("leaseUntil", now.plus(lease)).set("owner", owner);
		Document claimed = this.mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
				Document.class, COLLECTION);
		return Optional.ofNullable(claimed).map(MongoSchedule::toItem);
	}

	@Override
	public boolean markDone(String id, String owner) {
		Query mine = Query.query(Criteria.where("_id").is(id).and("owner").is(owner).and("status").is("PENDING"));
		return this.mongo.updateFirst(mine, new Update().set("status", "DONE").unset("leaseUntil"), COLLECTION)
			.getModifiedCount() == 1;
	}

	@Override
	public List<ScheduledItem> pendingOf(String workshopId) {
		return this.mongo
			.find(Query.query(Criteria.where("workshopId").is(workshopId).and("status").is("PENDING")), Document.class,
					COLLECTION)
			.stream()
			.map(MongoSchedule::toItem)
			.toList();
	}

	@Override
	public Optional<ScheduledItem> anyOf(ScheduledItem.Kind kind, String workshopId) {
		return Optional.ofNullable(this.mongo.findOne(Query
			.query(Criteria.where("workshopId").is(workshopId).and("kind").is(kind.name()).and("status").ne("DROPPED")),
				Document.class, COLLECTION))
			.map(MongoSchedule::toItem);
	}

	@Override
	public List<ScheduledItem> doneOf(String workshopId, String sessionId) {
		return this.mongo.find(Query
			.query(Criteria.where("workshopId").is(workshopId).and("sessionId").is(sessionId).and("status").is("DONE")),
				Document.class, COLLECTION)
			.stream()
			.map(MongoSchedule::toItem)
			.toList();
	}

	private static ScheduledItem toItem(Document document) {
		Object due = document.get("dueAt");
		Instant dueAt = (due instanceof Date date) ? date.toInstant() : (Instant) due;
		Number revision = document.get("revision", Number.class);
		return new ScheduledItem(document.getString("_id"), ScheduledItem.Kind.valueOf(document.getString("kind")),
				document.getString("workshopId"), document.getString("sessionId"), dueAt,
				(revision != null) ? revision.intValue() : 0, document.getList("materials", String.class),
				document.getList("reflectionQuestions", String.class));
	}

}
