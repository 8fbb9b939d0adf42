package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.List;

import no.ks.kulturskole.workshop.workshop.application.DelegationSeats.Seat;
import no.ks.kulturskole.workshop.workshop.application.SeatChange;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writes seat changes make, without a database: each carries the inbox in its filter
 * and in its update, and they keep the order of their changes.
 */
class SeatWriteTests {

	@Test
	void aPlaceIsOneUpsertThatAStoredNewerSequenceDoesNotMatch() {
		SeatWrite place = SeatWrite.of(List.of(new SeatChange.Place("d-1", "w-1", "s-1", Seat.CONFIRMED, 3, 7)))
			.getFirst();

		assertThat(place.upsert()).isTrue();
		assertThat(place.filter().getQueryObject().toJson()).isEqualTo(
				"{\"_id\": \"d-1\", \"$or\": [{\"sequence\": {\"$exists\": false}}, {\"sequence\": {\"$lte\": 7}}]}");
		assertThat(place.update().getUpdateObject().get("$set", Document.class)).containsEntry("seat", "CONFIRMED")
			.containsEntry("sessionId", "s-1")
			.containsEntry("participantCount", 3)
			.containsEntry("sequence", 7L);
	}

	@Test
	void aPlaceWithoutSequenceIsAppliedAsItComes() {
		SeatWrite place = SeatWrite.of(List.of(new SeatChange.Place("d-1", "w-1", "s-1", Seat.CANCELLED, 3, 0)))
			.getFirst();

		assertThat(place.filter().getQueryObject()).isEqualTo(new Document("_id", "d-1"));
		assertThat(place.update().modifies("sequence")).isFalse();
	}

	@Test
	void aReplacementIsAnUnmarkedRemovalThenAnAdditionThatMarksTheEventApplied() {
		List<SeatWrite> writes = SeatWrite
			.of(List.of(new SeatChange.ReplaceParticipant("d-1", "w-1", "p-1", "p-2", "e-1")));

		assertThat(writes).hasSize(2);
		Document notAppliedYet = Document.parse("{\"_id\": \"d-1\", \"appliedEvents\": {\"$ne\": \"e-1\"}}");
		SeatWrite removal = writes.get(0);
		assertThat(removal.upsert()).isFalse();
		assertThat(removal.filter().getQueryObject()).isEqualTo(notAppliedYet);
		assertThat(removal.update().modifies("participants")).isTrue();
		assertThat(removal.update().modifies("appliedEvents")).isFalse();
		SeatWrite addition = writes.get(1);
		assertThat(addition.upsert()).isTrue();
		assertThat(addition.filter().getQueryObject()).isEqualTo(notAppliedYet);
		assertThat(addition.update().modifies("participants")).isTrue();
		assertThat(addition.update().modifies("appliedEvents")).isTrue();
	}

	@Test
	void aRemovalCreatesNoDocumentAndMarksTheEventApplied() {
		SeatWrite removal = SeatWrite.of(List.of(new SeatChange.RemoveParticipant("d-1", "p-1", "e-1"))).getFirst();

		assertThat(removal.upsert()).isFalse();
		assertThat(removal.update().modifies("participants")).isTrue();
		assertThat(removal.update().modifies("appliedEvents")).isTrue();
	}

	@Test
	void theWritesKeepTheOrderOfTheirChanges() {
		List<SeatWrite> writes = SeatWrite.of(List.of(new SeatChange.AddParticipant("d-1", "w-1", "p-1", "e-1"),
				new SeatChange.RemoveParticipant("d-2", "p-2", "e-2"),
				new SeatChange.ReplaceParticipant("d-1", "w-1", "p-1", "p-3", "e-3"),
				new SeatChange.Place("d-2", "w-1", "s-1", Seat.WAITLISTED, 1, 2)));

		assertThat(writes).extracting(SeatWrite::change).containsExactly(0, 1, 2, 2, 3);
	}

}
