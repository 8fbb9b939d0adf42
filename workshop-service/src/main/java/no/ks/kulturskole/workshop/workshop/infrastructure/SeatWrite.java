package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.support.inbox.mongo.Inbox;
import no.ks.kulturskole.workshop.workshop.application.SeatChange;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One update of a delegation's document in {@code delegation_seats}, the platform's inbox
 * ({@link Inbox}) in its filter and in its update, so that the state and the memory of
 * the event are one write: built here from the seat changes, written by
 * {@link MongoDelegationSeats}.
 *
 * @param change the index of the change it belongs to
 * @param upsert whether it creates the document when there is none. When the inbox's
 * guard refuses such a write (the change applied already, or a newer place stored), its
 * insert collides with the stored {@code _id}: a duplicate key error, which means
 * "nothing to do"
 */
record SeatWrite(int change, Query filter, Update update, boolean upsert) {

	private static final Inbox INBOX = Inbox.sequenceIn(MongoDelegationSeats.SEQUENCE);

	/** The writes of the changes, in their order. */
	static List<SeatWrite> of(List<SeatChange> changes) {
		List<SeatWrite> writes = new ArrayList<>(changes.size() + 1);
		for (int index = 0; index < changes.size(); index++) {
			writes.addAll(of(index, changes.get(index)));
		}
		return writes;
	}

	void addTo(BulkOperations bulk) {
		if (this.upsert) {
			bulk.upsert(this.filter, this.update);
		}
		else {
			bulk.updateOne(this.filter, this.update);
		}
	}

	private static List<SeatWrite> of(int index, SeatChange change) {
		return switch (change) {
			// an older event is dropped; the same sequence matches again, so a redelivery
			// sets the same state
			case SeatChange.Place place -> List.of(new SeatWrite(index,
					Query.query(INBOX.notNewerThan(Inbox.byId(place.delegationId()), place.sequence())),
					INBOX.markSequence(new Update().set("workshopId", place.workshopId())
						.set("sessionId", place.sessionId())
						.set("seat", place.seat().name())
						.set("participantCount", place.participantCount()), place.sequence()),
					true));
			case SeatChange.AddParticipant added ->
				List.of(added(index, added.delegationId(), added.workshopId(), added.participantId(), added.eventId()));
			// no upsert: without the delegation's document there is no one to remove
			case SeatChange.RemoveParticipant removed ->
				List.of(new SeatWrite(index, notAppliedYet(removed.delegationId(), removed.eventId()),
						INBOX.markApplied(new Update().pull(MongoDelegationSeats.PARTICIPANTS, removed.participantId()),
								removed.eventId()),
						false));
			// two updates (MongoDB refuses $pull and $addToSet on one field in one): the
			// removal unmarked, so that when the addition is not written the redelivery
			// does both again; only the addition marks the event applied
			case SeatChange.ReplaceParticipant replaced ->
				List.of(new SeatWrite(index, notAppliedYet(replaced.delegationId(), replaced.eventId()),
						new Update().pull(MongoDelegationSeats.PARTICIPANTS, replaced.replacedParticipantId()), false),
						added(index, replaced.delegationId(), replaced.workshopId(), replaced.participantId(),
								replaced.eventId()));
		};
	}

	private static SeatWrite added(int index, String delegationId, String workshopId, String participantId,
			String eventId) {
		return new SeatWrite(index, notAppliedYet(delegationId, eventId),
				INBOX.markApplied(new Update().setOnInsert("workshopId", workshopId)
					.addToSet(MongoDelegationSeats.PARTICIPANTS, participantId), eventId),
				true);
	}

	private static Query notAppliedYet(String delegationId, String eventId) {
		return Query.query(INBOX.notAppliedYet(Inbox.byId(delegationId), eventId));
	}

}
