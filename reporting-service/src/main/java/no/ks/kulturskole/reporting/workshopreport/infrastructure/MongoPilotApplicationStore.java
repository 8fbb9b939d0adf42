package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import no.ks.kulturskole.reporting.workshopreport.application.PilotApplicationStore;
import no.ks.kulturskole.reporting.workshopreport.application.Delivery;
import no.ks.kulturskole.reporting.workshopreport.model.PilotApplicationReport;
import no.ks.kulturskole.reporting.workshopreport.model.PilotDecision;
import no.ks.kulturskole.support.inbox.mongo.Inbox;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * One document per application ({@code _id} = applicationId), deduplicated like the
 * workshop reports, through the platform's inbox: each update is guarded by the record's
 * offset being above the last one applied from its partition ({@code lastApplied}) and by
 * its event id, and moves both in the same update. All events of an application share its
 * key, hence its partition.
 */
public class MongoPilotApplicationStore implements PilotApplicationStore {

	public static final String COLLECTION = "pilot_applications";

	private static final String LAST_APPLIED = "lastApplied";

	private static final String APPLIED_EVENTS = "appliedEvents";

	private final MongoTemplate mongo;

	private final Supplier<String> collection;

	public MongoPilotApplicationStore(MongoTemplate mongo) {
		this(mongo, () -> COLLECTION);
	}

	/**
	 * @param collection asked on every operation: a rebuild switches the live store to
	 * new collections
	 */
	public MongoPilotApplicationStore(MongoTemplate mongo, Supplier<String> collection) {
		this.mongo = mongo;
		this.collection = collection;
	}

	private String collection() {
		return this.collection.get();
	}

	@Override
	public boolean recordApplication(Delivery at, PilotApplicationReport application) {
		ensure(application.applicationId());
		Document document = new Document();
		this.mongo.getConverter().write(application, document);
		document.remove("_class");
		document.remove("_id");
		Update update = new Update();
		document.forEach((field, value) -> {
			// a decision read before would not be overwritten: the application comes
			// first in its partition, and a replay finds its event id applied
			if (!field.equals("decision") && !field.equals("decidedAt")) {
				update.set(field, value);
			}
		});
		update.set("applicationId", application.applicationId());
		return applyOnce(at, application.applicationId(), update);
	}

	@Override
	public boolean recordDecision(Delivery at, String applicationId, PilotDecision decision, Instant decidedAt) {
		ensure(applicationId);
		return applyOnce(at, applicationId, new Update().set("decision", decision).set("decidedAt", decidedAt));
	}

	@Override
	public List<PilotApplicationReport> all() {
		return this.mongo.find(new Query(), PilotApplicationReport.class, collection());
	}

	/**
	 * The platform's inbox ({@link Inbox}): guarded by the record's offset above the last
	 * one applied from its partition and by the event's id, both moved in the same
	 * update.
	 */
	private boolean applyOnce(Delivery at, String applicationId, Update update) {
		Inbox inbox = new Inbox(APPLIED_EVENTS, LAST_APPLIED + "." + at.position().stream());
		inbox.markSequence(inbox.markApplied(update, at.eventId()), at.position().offset());
		return this.mongo
			.updateFirst(query(inbox.olderThan(inbox.notAppliedYet(Inbox.byId(applicationId), at.eventId()),
					at.position().offset())), update, collection())
			.getMatchedCount() == 1;
	}

	private void ensure(String applicationId) {
		try {
			this.mongo.upsert(query(where("_id").is(applicationId)),
					new Update().setOnInsert("applicationId", applicationId)
						.setOnInsert("decision", PilotDecision.PENDING)
						.setOnInsert("inGuidanceScheme", false)
						.setOnInsert(LAST_APPLIED, new Document())
						.setOnInsert(APPLIED_EVENTS, List.of()),
					collection());
		}
		catch (DuplicateKeyException ex) {
			// inserted by another consumer meanwhile: it exists now
		}
	}

}
