package no.ks.kulturskole.registration.pilot.infrastructure;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.PilotSelectionClosed;
import no.ks.kulturskole.registration.pilot.application.PilotSelectionClosureStore;
import no.ks.kulturskole.registration.pilot.model.PilotSelectionClosure;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * One document in {@code pilot_selection} ({@code _id} = the selection's id), inserted
 * with its event in the outbox: the unique {@code _id} makes "closed once" hold also for
 * two requests at once.
 */
@Repository
class MongoPilotSelectionClosureStore implements PilotSelectionClosureStore {

	static final String COLLECTION = "pilot_selection";

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoPilotSelectionClosureStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
	}

	@Override
	public Optional<PilotSelectionClosure> find() {
		Document document = this.mongo.getCollection(COLLECTION)
			.find(new Document("_id", PilotSelectionClosed.SELECTION))
			.first();
		return Optional.ofNullable(document)
			.map((found) -> new PilotSelectionClosure(found.getDate("closedAt").toInstant(),
					found.getInteger("applications", 0), found.getInteger("selected", 0)));
	}

	@Override
	public boolean insert(PilotSelectionClosure closure, DomainEvent event) {
		Document entry = OutboxDocuments.entryOf(this.mongo, this.outboxEntries, event);
		Document document = new Document("_id", PilotSelectionClosed.SELECTION)
			.append("closedAt", Date.from(closure.closedAt()))
			.append("applications", closure.applications())
			.append("selected", closure.selected())
			.append("outbox", List.of(entry));
		try {
			this.mongo.getCollection(COLLECTION).insertOne(document);
			this.outboxEntries.written(COLLECTION, PilotSelectionClosed.SELECTION);
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

}
