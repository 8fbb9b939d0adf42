package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.List;

import no.ks.kulturskole.support.inbox.mongo.Inbox;
import no.ks.kulturskole.workshop.workshop.application.DelegationSeats;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per delegation in {@code delegation_seats}: its session, its seat and the
 * ids of its participants (never names or e-mails: only what counting needs), with the
 * platform's inbox ({@link Inbox}): the delegation sequence applied last and the ids of
 * the last participant events applied, each written in the same update as the state.
 */
@Repository
class MongoDelegationSeats implements DelegationSeats {

	static final String COLLECTION = "delegation_seats";

	/** The highest delegation sequence applied; absent until an event carried one. */
	static final String SEQUENCE = "sequence";

	private static final Inbox INBOX = Inbox.sequenceIn(SEQUENCE);

	private static final String PARTICIPANTS = "participants";

	private final MongoTemplate mongo;

	MongoDelegationSeats(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * One upsert guarded by the sequence ({@link Inbox#unlessNewer}): an older event is
	 * dropped; the same sequence matches again, so a redelivery is harmless.
	 */
	@Override
	public void place(String delegationId, String workshopId, String sessionId, Seat seat, int participantCount,
			long sequence) {
		Update update = INBOX.markSequence(new Update().set("workshopId", workshopId)
			.set("sessionId", sessionId)
			.set("seat", seat.name())
			.set("participantCount", participantCount), sequence);
		INBOX.unlessNewer(delegationId, sequence, (guarded) -> this.mongo.upsert(guarded, update, COLLECTION));
	}

	@Override
	public void addParticipant(String delegationId, String workshopId, String participantId, String eventId) {
		Update update = INBOX.markApplied(
				new Update().setOnInsert("workshopId", workshopId).addToSet(PARTICIPANTS, participantId), eventId);
		INBOX.once(delegationId, eventId, (guarded) -> this.mongo.upsert(guarded, update, COLLECTION));
	}

	@Override
	public void removeParticipant(String delegationId, String participantId, String eventId) {
		this.mongo.updateFirst(notAppliedYet(delegationId, eventId),
				INBOX.markApplied(new Update().pull(PARTICIPANTS, participantId), eventId), COLLECTION);
	}

	/**
	 * Two updates (MongoDB refuses {@code $pull} and {@code $addToSet} on one field in
	 * one): the removal unmarked, so that after a crash between them the redelivery does
	 * both again; only the addition marks the event applied.
	 */
	@Override
	public void replaceParticipant(String delegationId, String workshopId, String replacedParticipantId,
			String participantId, String eventId) {
		this.mongo.updateFirst(notAppliedYet(delegationId, eventId),
				new Update().pull(PARTICIPANTS, replacedParticipantId), COLLECTION);
		addParticipant(delegationId, workshopId, participantId, eventId);
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
			List<String> participants = delegation.getList(PARTICIPANTS, String.class, List.of());
			persons += participants.isEmpty() ? delegation.getInteger("participantCount", 0) : participants.size();
		}
		return persons;
	}

	private static Query notAppliedYet(String delegationId, String eventId) {
		return Query.query(INBOX.notAppliedYet(Inbox.byId(delegationId), eventId));
	}

}
