package no.ks.kulturskole.registration.pilot.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.pilot.application.PilotApplicationsStore;
import no.ks.kulturskole.registration.pilot.model.PilotApplication;
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
 * One document per application in {@code pilot_applications}; a unique index on the
 * municipality number makes "one application per municipality" hold also for two requests
 * at once. Like the registrations, writes are targeted updates so that the outbox relay's
 * {@code $pull} is never undone.
 */
@Repository
class MongoPilotApplicationsStore implements PilotApplicationsStore {

	static final String COLLECTION = "pilot_applications";

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoPilotApplicationsStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		mongo.indexOps(COLLECTION).createIndex(new Index().on("organisation.number", Sort.Direction.ASC).unique());
	}

	@Override
	public Optional<PilotApplication> find(String applicationId) {
		return Optional.ofNullable(this.mongo.findById(applicationId, PilotApplication.class, COLLECTION));
	}

	@Override
	public Optional<PilotApplication> findByOrganisation(String organisationNumber) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("organisation.number").is(organisationNumber)),
					PilotApplication.class, COLLECTION));
	}

	@Override
	public List<PilotApplication> all() {
		return this.mongo.find(new Query().with(Sort.by("submittedAt")), PilotApplication.class, COLLECTION);
	}

	@Override
	public boolean insert(PilotApplication application, DomainEvent event) {
		Document document = new Document();
		this.mongo.getConverter().write(application, document);
		document.put("outbox", List.of(outboxEntry(event)));
		try {
			this.mongo.getCollection(COLLECTION).insertOne(document);
			this.outboxEntries.written(COLLECTION, application.id());
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public List<PilotApplication> findByContactEmail(String email) {
		Pattern exactly = Pattern.compile("^\\s*" + Pattern.quote(email.strip()) + "\\s*$", Pattern.CASE_INSENSITIVE);
		return this.mongo.find(Query.query(Criteria.where("contact.email").regex(exactly)), PilotApplication.class,
				COLLECTION);
	}

	@Override
	public void erase(String applicationId) {
		find(applicationId).ifPresent((application) -> {
			PilotApplication erased = application.erased();
			Update update = new Update().set("contact", erased.contact())
				.set("motivation", erased.motivation())
				.inc("version", 1);
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(applicationId)), update, PilotApplication.class,
					COLLECTION);
		});
	}

	@Override
	public boolean update(long expectedVersion, PilotApplication after, DomainEvent event) {
		Query unchanged = Query.query(Criteria.where("_id").is(after.id()).and("version").is(expectedVersion));
		Update update = new Update().set("status", after.status())
			.set("declineReason", after.declineReason())
			.set("decidedAt", after.decidedAt())
			.inc("version", 1)
			.push("outbox", outboxEntry(event));
		boolean stored = this.mongo.updateFirst(unchanged, update, PilotApplication.class, COLLECTION)
			.getMatchedCount() == 1;
		if (stored) {
			this.outboxEntries.written(COLLECTION, after.id());
		}
		return stored;
	}

	private Document outboxEntry(DomainEvent event) {
		return OutboxDocuments.entryOf(this.mongo, this.outboxEntries, event);
	}

}
