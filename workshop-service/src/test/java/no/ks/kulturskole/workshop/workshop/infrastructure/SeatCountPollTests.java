package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.workshop.workshop.DelegationHistory;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll's seat changes in one ordered bulk write, against the MongoDB wire-protocol
 * server: the same documents as one event at a time in another database, whatever came
 * before; a poll handed in again changes nothing it applied, and an older place never
 * moves a seat back.
 */
class SeatCountPollTests {

	private static final String WORKSHOP = "w-1";

	/**
	 * The update commands the poll's database was sent for {@code delegation_seats}: how
	 * many writes each carried.
	 */
	private final List<Integer> pollUpdates = new CopyOnWriteArrayList<>();

	private final String run = UUID.randomUUID().toString();

	private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
		.applyConnectionString(new ConnectionString(TestInfrastructure.mongoUri()))
		.addCommandListener(new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				BsonValue collection = event.getCommand().get(event.getCommandName());
				if (event.getCommandName().equals("update")
						&& event.getDatabaseName().equals("poll-" + SeatCountPollTests.this.run)
						&& collection.asString().getValue().equals(MongoDelegationSeats.COLLECTION)) {
					SeatCountPollTests.this.pollUpdates.add(event.getCommand().getArray("updates").size());
				}
			}
		})
		.build());

	private final MongoTemplate oneAtATimeDatabase = new MongoTemplate(this.client, "one-" + this.run);

	private final MongoTemplate pollDatabase = new MongoTemplate(this.client, "poll-" + this.run);

	private final SeatCount oneAtATime = new SeatCount(new MongoDelegationSeats(this.oneAtATimeDatabase));

	private final SeatCount byPoll = new SeatCount(new MongoDelegationSeats(this.pollDatabase));

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void aPollOfSeveralDelegationsIsOneWriteAndCountsAsOneEventAtATime() {
		List<DelegationEvent> rush = DelegationHistory.rush(WORKSHOP, "d-").events();

		rush.forEach(this.oneAtATime::apply);
		assertThat(this.byPoll.applyAll(rush)).isEmpty();

		assertThat(this.pollUpdates).as("one round trip for the poll").hasSize(1);
		assertSameDocuments();
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-1")).isEqualTo(5);
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-2")).isEqualTo(1);
	}

	@Test
	void aPollHandedInAgainChangesNothingAndWithNewEventsAfterItAppliesOnlyThose() {
		List<DelegationEvent> rush = DelegationHistory.rush(WORKSHOP, "d-").events();
		rush.forEach(this.oneAtATime::apply);
		this.byPoll.applyAll(rush);
		List<Document> applied = documents(this.pollDatabase);

		assertThat(this.byPoll.applyAll(rush)).isEmpty();
		assertThat(documents(this.pollDatabase)).isEqualTo(applied);

		// the container hands the rest of a poll in again with what came after it
		DelegationHistory later = new DelegationHistory(WORKSHOP);
		later.participants("d-a", "s-1", 1);
		later.cancelled("d-b", "s-1", 2, 3);
		later.registered("d-f", "s-2", SeatStatus.CONFIRMED, 2, 1);
		List<DelegationEvent> again = new ArrayList<>(rush.subList(rush.size() / 2, rush.size()));
		again.addAll(later.events());
		later.events().forEach(this.oneAtATime::apply);
		assertThat(this.byPoll.applyAll(again)).isEmpty();

		assertSameDocuments();
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-1")).isEqualTo(4);
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-2")).isEqualTo(3);
	}

	/**
	 * An ordered bulk write stops at its first error (mongo-java-server goes on, MongoDB
	 * does not): after a write the inbox refused, the writes after it are sent again.
	 */
	@Test
	void afterAWriteTheInboxRefusedTheWritesAfterItAreSentInTheNextBulk() {
		DelegationHistory history = new DelegationHistory(WORKSHOP);
		history.participants("d-k", "s-1", 2);
		List<DelegationEvent> applied = history.events();
		this.byPoll.applyAll(applied);
		DelegationHistory later = new DelegationHistory(WORKSHOP);
		DelegationRegistered registered = later.registered("d-k", "s-1", SeatStatus.CONFIRMED, 3, 1);
		later.participants("d-k", "s-1", 1);
		DelegationEvent added = later.events().getLast();
		List<DelegationEvent> poll = List.of(applied.get(0), registered, applied.get(1), added);
		this.pollUpdates.clear();

		assertThat(this.byPoll.applyAll(poll)).isEmpty();

		assertThat(this.pollUpdates).containsExactly(4, 3, 1);
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-1")).isEqualTo(3);
		applied.forEach(this.oneAtATime::apply);
		poll.forEach(this.oneAtATime::apply);
		assertSameDocuments();
	}

	@Test
	void anOlderPlaceAfterANewerOneMovesNoSeatBackInThePollNorInALaterOne() {
		DelegationHistory history = new DelegationHistory(WORKSHOP);
		DelegationRegistered registered = history.registered("d-g", "s-1", SeatStatus.CONFIRMED, 3, 1);
		history.participants("d-g", "s-1", 3);
		history.cancelled("d-g", "s-1", 3, 3);
		// published before the cancellation, arriving after it
		DelegationPromoted late = history.promoted("d-g", "s-1", 3, 2);
		history.events().forEach(this.oneAtATime::apply);

		assertThat(this.byPoll.applyAll(history.events())).isEmpty();
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-1")).isZero();
		assertThat(this.byPoll.applyAll(List.of(registered, late))).isEmpty();

		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-1")).isZero();
		assertThat(this.pollDatabase.findById("d-g", Document.class, MongoDelegationSeats.COLLECTION))
			.containsEntry("seat", "CANCELLED")
			.containsEntry(MongoDelegationSeats.SEQUENCE, 3L);
		assertSameDocuments();
	}

	@Test
	void aChangeTheDatabaseRefusesIsReportedAndTheRestOfThePollIsApplied() {
		this.pollDatabase.insert(new Document("_id", "d-h").append(MongoDelegationSeats.PARTICIPANTS, "not a list"),
				MongoDelegationSeats.COLLECTION);
		DelegationHistory history = new DelegationHistory(WORKSHOP);
		history.registered("d-i", "s-1", SeatStatus.CONFIRMED, 2, 1);
		history.participants("d-h", "s-1", 1);
		history.participants("d-i", "s-1", 2);

		assertThat(this.byPoll.applyAll(history.events())).singleElement().satisfies((refused) -> {
			assertThat(refused.index()).isEqualTo(1);
			assertThat(refused.cause()).isInstanceOf(DataIntegrityViolationException.class);
		});
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-1")).isEqualTo(2);
	}

	@Test
	void anEventWithoutWhatItsChangeNeedsIsReportedAloneAndTheRestOfThePollIsApplied() {
		DelegationHistory history = new DelegationHistory(WORKSHOP);
		history.registered("d-m", "s-1", SeatStatus.CONFIRMED, 2, 1);
		history.participants("d-m", "s-1", 1);
		List<DelegationEvent> poll = new ArrayList<>(history.events());
		poll.add(1, new ParticipantRegistered(null, "d-m", WORKSHOP, Instant.now(), 1, "p-x", "s-1", "3403", null, null,
				null, null));

		assertThat(this.byPoll.applyAll(poll)).singleElement().satisfies((refused) -> {
			assertThat(refused.index()).isEqualTo(1);
			assertThat(refused.cause()).isInstanceOf(NullPointerException.class);
		});
		assertThat(this.byPoll.confirmedPersons(WORKSHOP, "s-1")).isEqualTo(1);
	}

	private void assertSameDocuments() {
		assertThat(documents(this.pollDatabase)).isEqualTo(documents(this.oneAtATimeDatabase));
	}

	private static List<Document> documents(MongoTemplate database) {
		return database.find(new Query().with(Sort.by("_id")), Document.class, MongoDelegationSeats.COLLECTION);
	}

}
