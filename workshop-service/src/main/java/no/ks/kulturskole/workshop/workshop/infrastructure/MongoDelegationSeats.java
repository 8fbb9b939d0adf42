package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.List;

import no.ks.kulturskole.workshop.workshop.application.DelegationSeats;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per delegation in {@code delegation_seats}: its session, its seat and the
 * ids of its participants (never names or e-mails: only what counting needs).
 */
@Repository
class MongoDelegationSeats implements DelegationSeats {

	static final String COLLECTION = "delegation_seats";

	/** The highest delegation sequence applied; absent until an event carried one. */
	static final String SEQUENCE = "sequence";

	private final MongoTemplate mongo;

	MongoDelegationSeats(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One conditional upsert: it matches the delegation unless a newer event placed it
	 * already; then the upsert's insert collides with the stored {@code _id} and the
	 * older event is dropped. The same sequence matches again, so a redelivery is
	 * harmless.
	 */
	@Override
	public void place(String delegationId, String workshopId, String sessionId, Seat seat, int participantCount,
			long sequence) {
		Criteria notNewer = Criteria.where("_id").is(delegationId);
		Update update = new Update().set("workshopId", workshopId)
			.set("sessionId", sessionId)
			.set("seat", seat.name())
			.set("participantCount", participantCount);
		if (sequence > 0) {
			notNewer = notNewer.orOperator(Criteria.where(SEQUENCE).exists(false),
					Criteria.where(SEQUENCE).lte(sequence));
			update.set(SEQUENCE, sequence);
		}
		try {
			this.mongo.upsert(Query.query(notNewer), update, COLLECTION);
		}
		catch (DuplicateKeyException newerStored) {
			// a newer event placed the delegation: this one is history
		}
	}

	@Override
	public void addParticipant(String delegationId, String workshopId, String participantId) {
		this.mongo.upsert(byId(delegationId),
				new Update().setOnInsert("workshopId", workshopId).addToSet("participants", participantId), COLLECTION);
	}

	@Override
	public void removeParticipant(String delegationId, String participantId) {
		this.mongo.updateFirst(byId(delegationId), new Update().pull("participants", participantId), COLLECTION);
	}

	/**
	 * The participant ids when known, else the count the delegation event gave: a
	 * participant removed later shows in the ids, not in that count.
	 */
	@Override
	public int confirmedPersons(String workshopId, String sessionId) {
		Query confirmed = Query.query(Criteria.where("workshopId")
			.is(workshopId)
			.and("sessionId")
			.is(sessionId)
			.and("seat")
			.is(Seat.CONFIRMED.name()));
		int persons = 0;
		for (Document delegation : this.mongo.find(confirmed, Document.class, COLLECTION)) {
			List<String> participants = delegation.getList("participants", String.class, List.of());
			persons += participants.isEmpty() ? delegation.getInteger("participantCount", 0) : participants.size();
		}
		return persons;
	}

	private static Query byId(String delegationId) {
		return Query.query(Criteria.where("_id").is(delegationId));
	}

}
