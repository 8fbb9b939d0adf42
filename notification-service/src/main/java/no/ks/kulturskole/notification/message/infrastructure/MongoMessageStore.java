package no.ks.kulturskole.notification.message.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.notification.message.application.MessageStore;
import no.ks.kulturskole.notification.message.model.Audience;
import no.ks.kulturskole.notification.message.model.LocalisedText;
import no.ks.kulturskole.notification.message.model.RegistrantMessage;
import no.ks.kulturskole.support.outbox.OutboxEntries;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Collection {@code messages}, {@code _id} = the message id. */
@Component
class MongoMessageStore implements MessageStore {

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoMessageStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
	}

	@Override
	public boolean record(RegistrantMessage message, MessageSentToRegistrants event) {
		Audience audience = message.audience();
		MessageDocument document = new MessageDocument(message.messageId(), message.workshopId(), audience.sessionId(),
				audience.statuses(), audience.roles(), message.subject().versions(), message.body().versions(),
				message.recipients(), message.createdAt(), null, List.of(this.outboxEntries.of(event)));
		try {
			this.mongo.insert(document);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.outboxEntries.written(MessageDocument.COLLECTION, message.messageId());
		return true;
	}

	@Override
	public Optional<RegistrantMessage> find(String messageId) {
		return Optional.ofNullable(this.mongo.findById(messageId, MessageDocument.class))
			.map(MongoMessageStore::toMessage);
	}

	@Override
	public void markMailed(String messageId, Instant at) {
		// a targeted update: the relay pulls published entries from the same document
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(messageId).and("mailedAt").is(null)),
				new Update().set("mailedAt", at), MessageDocument.class);
	}

	@Override
	public List<RegistrantMessage> unmailedBefore(Instant before, int limit) {
		Query query = Query.query(Criteria.where("mailedAt").is(null).and("createdAt").lt(before))
			.with(Sort.by("createdAt"))
			.limit(limit);
		return this.mongo.find(query, MessageDocument.class).stream().map(MongoMessageStore::toMessage).toList();
	}

	private static RegistrantMessage toMessage(MessageDocument document) {
		return new RegistrantMessage(document.id(), document.workshopId(),
				new Audience(document.sessionId(), document.statuses(), document.roles()),
				new LocalisedText(document.subject()), new LocalisedText(document.body()), document.recipients(),
				document.createdAt(), document.mailedAt());
	}

}
