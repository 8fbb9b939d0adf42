package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.mongodb.bulk.BulkWriteError;
import no.ks.kulturskole.support.inbox.mongo.Inbox;
import no.ks.kulturskole.workshop.workshop.application.DelegationSeats;
import no.ks.kulturskole.workshop.workshop.application.SeatChange;
import org.bson.Document;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.util.MongoDbErrorCodes;
import org.springframework.stereotype.Repository;

/**
 * One document per delegation in {@code delegation_seats}: its session, its seat and the
 * ids of its participants (never names or e-mails: only what counting needs), with the
 * platform's inbox ({@link Inbox}): the delegation sequence applied last and the ids of
 * the last participant events applied, each written in the same update as the state
 * ({@link SeatWrite}).
 * <p>
 * The changes of a poll are one <em>ordered</em> bulk write: one round trip instead of
 * one per event, and the writes applied in the events' order, so that a delegation's
 * events come out as one at a time would.
 */
@Repository
class MongoDelegationSeats implements DelegationSeats {

	static final String COLLECTION = "delegation_seats";

	/** The highest delegation sequence applied; absent until an event carried one. */
	static final String SEQUENCE = "sequence";

	static final String PARTICIPANTS = "participants";

	private final MongoTemplate mongo;

	MongoDelegationSeats(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<Refused> applyAll(List<SeatChange> changes) {
		List<SeatWrite> writes = SeatWrite.of(changes);
		List<Refused> refused = new ArrayList<>();
		int next = 0;
		while (next < writes.size()) {
			next = writeFrom(writes, next, refused);
		}
		return refused;
	}

	/**
	 * The writes from {@code first} on, in one ordered bulk write, which stops at its
	 * first error. A duplicate key there is the inbox's refusal (the upsert's insert met
	 * the stored document: the change was applied already, or a newer place is stored):
	 * nothing was to be done, and the writes after it go on in the next bulk. Any other
	 * error refuses its change for good (unless it may pass: then it is thrown), and the
	 * change's other writes are skipped, as one at a time they were.
	 * <p>
	 * mongo-java-server, the tests' server, goes on after an error even in an ordered
	 * bulk: the writes after it are then sent once more, which the inbox makes as
	 * harmless as a redelivery.
	 * @return the index of the write to go on from
	 */
	private int writeFrom(List<SeatWrite> writes, int first, List<Refused> refused) {
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.ORDERED, COLLECTION);
		writes.subList(first, writes.size()).forEach((write) -> write.addTo(bulk));
		try {
			bulk.execute();
			return writes.size();
		}
		catch (BulkOperationException ex) {
			BulkWriteError error = ex.getErrors()
				.stream()
				.min(Comparator.comparingInt(BulkWriteError::getIndex))
				.orElseThrow(() -> ex);
			int stopped = first + error.getIndex();
			if (MongoDbErrorCodes.isDuplicateKeyCode(error.getCode())) {
				return stopped + 1;
			}
			if (MongoDbErrorCodes.isDataAccessResourceFailureCode(error.getCode())) {
				throw new DataAccessResourceFailureException(error.getMessage(), ex);
			}
			int change = writes.get(stopped).change();
			refused.add(new Refused(change, new DataIntegrityViolationException(
					"Seat write refused (code " + error.getCode() + "): " + error.getMessage(), ex)));
			int next = stopped + 1;
			while (next < writes.size() && writes.get(next).change() == change) {
				next++;
			}
			return next;
		}
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

}
