package no.ks.kulturskole.registration.pilot.infrastructure;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/** An event as the pilot documents carry it in their {@code outbox} array. */
final class OutboxDocuments {

	private OutboxDocuments() {
	}

	static Document entryOf(MongoTemplate mongo, OutboxEntries outboxEntries, DomainEvent event) {
		Document entry = new Document();
		mongo.getConverter().write(outboxEntries.of(event), entry);
		entry.remove("_class");
		return entry;
	}

}
