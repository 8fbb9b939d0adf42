package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.workshop.workshop.application.DelegationSeats.Seat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seat count against the MongoDB wire-protocol server: whatever order a delegation's
 * events come in, its newest one decides where it sits.
 */
class MongoDelegationSeatsTests {

	private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "seats-" + UUID.randomUUID());

	private final MongoDelegationSeats seats = new MongoDelegationSeats(this.mongo);

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void aLatePromotionAfterTheCancellationDoesNotGiveTheSeatsBack() {
		this.seats.place("d-1", "w-1", "s-1", Seat.WAITLISTED, 4, 1);
		this.seats.place("d-1", "w-1", "s-1", Seat.CONFIRMED, 4, 2);
		this.seats.place("d-1", "w-1", "s-1", Seat.CANCELLED, 4, 3);

		this.seats.place("d-1", "w-1", "s-1", Seat.CONFIRMED, 4, 2);

		assertThat(this.seats.confirmedPersons("w-1", "s-1")).isZero();
	}

	@Test
	void theSameEventAgainAndTheNextOneAreApplied() {
		this.seats.place("d-2", "w-2", "s-1", Seat.CONFIRMED, 3, 2);
		this.seats.place("d-2", "w-2", "s-1", Seat.CONFIRMED, 3, 2);
		assertThat(this.seats.confirmedPersons("w-2", "s-1")).isEqualTo(3);

		this.seats.place("d-2", "w-2", "s-2", Seat.CONFIRMED, 3, 3);

		assertThat(this.seats.confirmedPersons("w-2", "s-1")).isZero();
		assertThat(this.seats.confirmedPersons("w-2", "s-2")).isEqualTo(3);
	}

	@Test
	void eventsFromBeforeTheSequenceAreAppliedAsTheyCome() {
		this.seats.addParticipant("d-3", "w-3", "p-1", "e-1");
		this.seats.place("d-3", "w-3", "s-1", Seat.CONFIRMED, 1, 0);
		assertThat(this.seats.confirmedPersons("w-3", "s-1")).isEqualTo(1);

		this.seats.place("d-3", "w-3", "s-1", Seat.CANCELLED, 1, 0);

		assertThat(this.seats.confirmedPersons("w-3", "s-1")).isZero();
	}

	@Test
	void aRepublishedParticipantAfterTheRemovalDoesNotComeBack() {
		this.seats.place("d-4", "w-4", "s-1", Seat.CONFIRMED, 2, 1);
		this.seats.addParticipant("d-4", "w-4", "p-1", "e-1");
		this.seats.addParticipant("d-4", "w-4", "p-2", "e-2");
		this.seats.removeParticipant("d-4", "p-1", "e-3");

		this.seats.addParticipant("d-4", "w-4", "p-1", "e-1");
		this.seats.replaceParticipant("d-4", "w-4", "p-2", "p-3", "e-4");
		this.seats.replaceParticipant("d-4", "w-4", "p-2", "p-3", "e-4");

		assertThat(this.seats.confirmedPersons("w-4", "s-1")).isEqualTo(1);
		this.seats.addParticipant("d-4", "w-4", "p-5", "e-5");
		assertThat(this.seats.confirmedPersons("w-4", "s-1")).isEqualTo(2);
	}

}
