package no.ks.kulturskole.support.outbox;

import java.time.Clock;
import java.util.Date;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Entries the broker refused for good, moved aside to {@value OutboxRelay#PARKED} (one
 * document each, {@code _id} = event id) so that the entries behind them still go out;
 * counted in {@code platform.outbox.parked} and logged by id only.
 */
final class ParkedEntries {

	private static final Logger log = LoggerFactory.getLogger(ParkedEntries.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Counter parked;

	ParkedEntries(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
		this.mongo = mongo;
		this.clock = clock;
		this.parked = Counter.builder("platform.outbox.parked")
			.description("Outbox entries the broker refused for good, moved aside to " + OutboxRelay.PARKED)
			.register(meters);
	}

	/**
	 * Copies the entry aside first (an upsert by event id, so a second try after a lost
	 * lease changes nothing); the fenced pull then removes it from the document.
	 */
	void park(Claim claim, Document entry, String reason) {
		String eventId = entry.getString("eventId");
		Update copy = new Update().setOnInsert("collection", claim.collection())
			.setOnInsert("documentId", claim.id())
			.setOnInsert("entry", entry)
			.setOnInsert("reason", reason)
			.setOnInsert("parkedAt", Date.from(this.clock.instant()));
		this.mongo.upsert(Query.query(Criteria.where("_id").is(eventId)), copy, OutboxRelay.PARKED);
		this.parked.increment();
		// ids and the exception's class only: the payload may hold personal data
		log.error("Parked outbox entry {} ({} for {}) of {}/{}: the broker refused it for good ({})", eventId,
				entry.getString("type"), entry.getString("topic"), claim.collection(), claim.id(), reason);
	}

}
