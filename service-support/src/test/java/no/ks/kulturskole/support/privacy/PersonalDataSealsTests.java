package no.ks.kulturskole.support.privacy;

import java.time.Instant;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.junit.jupiter.api.BeforeEach;
import static org.awaitility.Awaitility.await;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.support.deadletter.RetryLater;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.outbox.OutboxEntry;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crypto-shredding against the MongoDB-compatible server: the owner seals, a reader with
 * the key opens, a reader whose key was erased sees "slettet", and one whose key has not
 * arrived waits. And what it costs in a rush, counted as the commands the driver sends to
 * {@value DataKeys#COLLECTION}: sealing a new delegation's events inside the workshop's
 * one writer, and opening them in a reader's batch.
 */
class PersonalDataSealsTests {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private static MongoClient client;

	private static MongoTemplate ownerDatabase;

	private static MongoTemplate readerDatabase;

	/** The commands the driver sends to the keys' collection: what sealing costs. */
	private static final ConcurrentLinkedQueue<String> COMMANDS = new ConcurrentLinkedQueue<>();

	@BeforeAll
	static void connect() {
		CommandListener keyCommands = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				BsonValue collection = event.getCommand().get(event.getCommandName());
				if (collection != null && collection.isString()
						&& DataKeys.COLLECTION.equals(collection.asString().getValue())) {
					COMMANDS.add(event.getCommandName());
				}
			}
		};
		client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(TestInfrastructure.mongoUri()))
			.addCommandListener(keyCommands)
			.build());
		ownerDatabase = new MongoTemplate(client, "privacy-owner");
		readerDatabase = new MongoTemplate(client, "privacy-reader");
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@BeforeEach
	void forget() {
		COMMANDS.clear();
	}

	@Test
	void theOwnerSealsAReaderWithTheKeyOpensAndAfterErasureReadsSlettetWhileCountsStay() {
		OutboxEntries ownerOutbox = new OutboxEntries(JSON);
		DataKeys ownerKeys = new DataKeys(ownerDatabase, ownerOutbox);
		ownerOutbox.transformBeforeStoring(new PersonalDataSeals(JSON, ownerKeys)::seal);
		DataKeys readerKeys = new DataKeys(readerDatabase, new OutboxEntries(JSON));
		PersonalDataSeals reader = new PersonalDataSeals(JSON, readerKeys);
		String delegationId = UUID.randomUUID().toString();
		ParticipantRegistered plain = participant(delegationId, "Marker Olsen", "marker@kommune.no");

		OutboxEntry stored = ownerOutbox.of(plain);
		assertThat(stored.payload()).doesNotContain("Marker").doesNotContain("marker@").contains("sealedPersonalData");
		RegistrationEvent published = JSON.readValue(stored.payload(), RegistrationEvent.class);

		assertThatThrownBy(() -> reader.open(published, RegistrationEvent.class)).isInstanceOf(RetryLater.class)
			.hasMessageNotContaining("Marker");

		DataKeyIssued issued = JSON.readValue(onlyOutboxEntry(delegationId).getString("payload"), DataKeyIssued.class);
		readerKeys.apply(issued);
		readerKeys.apply(issued); // redelivered
		assertThat(reader.open(published, RegistrationEvent.class)).isEqualTo(plain);

		ownerKeys.erase(delegationId, Instant.now(), "e-1");
		assertThat(onlyOutboxEntry(delegationId).getString("type")).isEqualTo("DataKeyErased");
		readerKeys.apply(new DataKeyErased(UUID.randomUUID(), delegationId, Instant.now(), 1));
		readerKeys.apply(issued); // a late redelivery never brings the key back

		RegistrationEvent erased = reader.open(published, RegistrationEvent.class);
		assertThat(erased).isInstanceOfSatisfying(ParticipantRegistered.class, (participant) -> {
			assertThat(participant.name()).isEqualTo(PersonalData.ERASED);
			assertThat(participant.email()).isNull();
			assertThat(participant.roleCategory()).isEqualTo(RoleCategory.POLITICIAN);
			assertThat(participant.organisationNumber()).isEqualTo("4601");
		});
		assertThat(readerDatabase.findById(delegationId, Document.class, DataKeys.COLLECTION)).doesNotContainKey("key");
		assertThat(ownerDatabase.findById(delegationId, Document.class, DataKeys.COLLECTION)).doesNotContainKey("key");
		assertThatThrownBy(() -> ownerOutbox.of(plain)).isInstanceOf(IllegalStateException.class);
		// an event of the owner from before sealing, in the clear, reads erased too
		assertThat(reader.open(plain, RegistrationEvent.class)).isInstanceOfSatisfying(ParticipantRegistered.class,
				(participant) -> assertThat(participant.name()).isEqualTo(PersonalData.ERASED));
	}

	@Test
	void aReaderAppliesAPollOfKeysWithOneWriteAndAnOwnerErasedBeforeStaysErased() {
		OutboxEntries ownerOutbox = new OutboxEntries(JSON);
		DataKeys ownerKeys = new DataKeys(ownerDatabase, ownerOutbox);
		ownerOutbox.transformBeforeStoring(new PersonalDataSeals(JSON, ownerKeys)::seal);
		DataKeys readerKeys = new DataKeys(readerDatabase, new OutboxEntries(JSON));
		PersonalDataSeals reader = new PersonalDataSeals(JSON, readerKeys);
		List<RegistrationEvent> published = new ArrayList<>();
		List<DataKeyIssued> poll = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String delegationId = UUID.randomUUID().toString();
			published.add(JSON.readValue(
					ownerOutbox.of(participant(delegationId, "Deltaker " + i, "d" + i + "@kommune.no")).payload(),
					RegistrationEvent.class));
			poll.add(JSON.readValue(onlyOutboxEntry(delegationId).getString("payload"), DataKeyIssued.class));
		}
		String erasedEarlier = poll.get(7).ownerId();
		readerKeys.apply(new DataKeyErased(UUID.randomUUID(), erasedEarlier, Instant.now(), 1));
		COMMANDS.clear();

		readerKeys.applyAll(poll);
		readerKeys.applyAll(poll); // the whole poll redelivered

		assertThat(COMMANDS).containsExactly("update", "update");
		for (RegistrationEvent event : published) {
			ParticipantRegistered opened = (ParticipantRegistered) reader.open(event, RegistrationEvent.class);
			if (opened.delegationId().equals(erasedEarlier)) {
				assertThat(opened.name()).isEqualTo(PersonalData.ERASED);
			}
			else {
				assertThat(opened.name()).startsWith("Deltaker ");
			}
		}
		assertThat(readerDatabase.findById(erasedEarlier, Document.class, DataKeys.COLLECTION)).doesNotContainKey("key")
			.containsEntry("erased", true);
	}

	@Test
	void aReadersBatchLooksTheKeysOfItsRecordsSubjectsUpWithOneQueryAndAnyOtherOwnerAsBefore() {
		OutboxEntries ownerOutbox = new OutboxEntries(JSON);
		DataKeys ownerKeys = new DataKeys(ownerDatabase, ownerOutbox);
		ownerOutbox.transformBeforeStoring(new PersonalDataSeals(JSON, ownerKeys)::seal);
		DataKeys readerKeys = new DataKeys(readerDatabase, new OutboxEntries(JSON));
		PersonalDataSeals reader = new PersonalDataSeals(JSON, readerKeys);
		List<String> owners = new ArrayList<>();
		List<RegistrationEvent> published = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			String delegationId = UUID.randomUUID().toString();
			owners.add(delegationId);
			published.add(JSON.readValue(
					ownerOutbox.of(participant(delegationId, "Deltaker " + i, "p" + i + "@kommune.no")).payload(),
					RegistrationEvent.class));
			readerKeys.apply(JSON.readValue(onlyOutboxEntry(delegationId).getString("payload"), DataKeyIssued.class));
		}
		List<String> named = new ArrayList<>(owners.subList(0, 10));
		named.add("a-workshop-id-that-is-no-owner");
		COMMANDS.clear();

		List<String> opened = new ArrayList<>();
		readerKeys.withinOneBatch(named, () -> {
			published.subList(0, 10)
				.forEach((event) -> opened
					.add(((ParticipantRegistered) reader.open(event, RegistrationEvent.class)).name()));
			assertThat(COMMANDS).as("the batch's subjects, one query").containsExactly("find");
			// an owner its records did not name is looked up as before
			opened.add(((ParticipantRegistered) reader.open(published.get(10), RegistrationEvent.class)).name());
		});

		assertThat(COMMANDS).containsExactly("find", "find");
		assertThat(opened).hasSize(11).allMatch((name) -> name.startsWith("Deltaker "));
	}

	@Test
	void oneOwnerGetsOneKeyAndEventsPublishedInTheClearAreReadAsTheyAre() {
		OutboxEntries ownerOutbox = new OutboxEntries(JSON);
		DataKeys ownerKeys = new DataKeys(ownerDatabase, ownerOutbox);
		String delegationId = UUID.randomUUID().toString();

		String first = ownerKeys.issuedFor(delegationId).seal("x", delegationId);
		assertThat(ownerKeys.issuedFor(delegationId).open(first, delegationId)).isEqualTo("x");

		ParticipantRegistered clear = participant(delegationId, "Gammel Hendelse", "gammel@kommune.no");
		DomainEvent read = new PersonalDataSeals(JSON, new DataKeys(readerDatabase, new OutboxEntries(JSON)))
			.open(clear, RegistrationEvent.class);
		assertThat(read).isSameAs(clear);
	}

	@Test
	void aNewDelegationsFiveEventsAreSealedWithOneInsertAndNoLookup() {
		OutboxEntries outbox = new OutboxEntries(JSON);
		DataKeys keys = new DataKeys(ownerDatabase, outbox);
		outbox.transformBeforeStoring(new PersonalDataSeals(JSON, keys)::seal);
		String delegationId = UUID.randomUUID().toString();

		for (int i = 0; i < 5; i++) {
			assertThat(outbox.of(participant(delegationId, "Deltaker " + i, "deltaker@kommune.no")).payload())
				.doesNotContain("Deltaker");
		}

		assertThat(COMMANDS).containsExactly("insert");
	}

	@Test
	void aKeyIssuedAheadIsAnnouncedByTheCallerOnceAndSealsWithoutARoundTrip() {
		OutboxEntries outbox = new OutboxEntries(JSON);
		DataKeys keys = new DataKeys(ownerDatabase, outbox);
		outbox.transformBeforeStoring(new PersonalDataSeals(JSON, keys)::seal);
		String delegationId = UUID.randomUUID().toString();

		DataKeyIssued announcement = keys.issuedAhead(delegationId).orElseThrow();
		assertThat(outbox.of(participant(delegationId, "Deltaker Foran", "deltaker@kommune.no")).payload())
			.doesNotContain("Deltaker");

		assertThat(COMMANDS).containsExactly("insert");
		assertThat(ownerDatabase.findById(delegationId, Document.class, DataKeys.COLLECTION))
			.containsEntry("key", announcement.key())
			.doesNotContainKey("outbox");
		assertThat(keys.issuedAhead(delegationId)).isEmpty();
		assertThat(new DataKeys(ownerDatabase, new OutboxEntries(JSON)).issuedAhead(delegationId)).isEmpty();
	}

	@Test
	void anOwnerKnownBeforeARestartIsFoundAndAnErasedOneSealsNothing() {
		String delegationId = UUID.randomUUID().toString();
		String sealed = new DataKeys(ownerDatabase, new OutboxEntries(JSON)).issuedFor(delegationId)
			.seal("x", delegationId);
		DataKeys afterRestart = new DataKeys(ownerDatabase, new OutboxEntries(JSON));

		assertThat(afterRestart.issuedFor(delegationId).open(sealed, delegationId)).isEqualTo("x");
		assertThat(ownerDatabase.findById(delegationId, Document.class, DataKeys.COLLECTION)
			.getList("outbox", Document.class)).hasSize(1);

		afterRestart.erase(delegationId, Instant.now(), "e-1");
		DataKeys anotherInstance = new DataKeys(ownerDatabase, new OutboxEntries(JSON));
		assertThatThrownBy(() -> anotherInstance.issuedFor(delegationId)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> afterRestart.issuedFor(delegationId)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aReadersBatchLooksEachOwnersKeyUpOnceAndItsNextBatchSeesAnErasure() {
		OutboxEntries ownerOutbox = new OutboxEntries(JSON);
		DataKeys ownerKeys = new DataKeys(ownerDatabase, ownerOutbox);
		ownerOutbox.transformBeforeStoring(new PersonalDataSeals(JSON, ownerKeys)::seal);
		DataKeys readerKeys = new DataKeys(readerDatabase, new OutboxEntries(JSON));
		PersonalDataSeals reader = new PersonalDataSeals(JSON, readerKeys);
		String delegationId = UUID.randomUUID().toString();
		List<RegistrationEvent> published = List.of(0, 1, 2, 3, 4)
			.stream()
			.map((i) -> JSON.readValue(
					ownerOutbox.of(participant(delegationId, "Deltaker " + i, "deltaker@kommune.no")).payload(),
					RegistrationEvent.class))
			.toList();
		readerKeys.apply(JSON.readValue(ownerDatabase.findById(delegationId, Document.class, DataKeys.COLLECTION)
			.getList("outbox", Document.class)
			.get(0)
			.getString("payload"), DataKeyIssued.class));
		COMMANDS.clear();

		reader.withinOneBatch(List.of(), () -> published
			.forEach((event) -> assertThat(((ParticipantRegistered) reader.open(event, RegistrationEvent.class)).name())
				.startsWith("Deltaker")));
		assertThat(COMMANDS).containsExactly("find");

		// another instance of the reader applies the erasure between two batches
		new DataKeys(readerDatabase, new OutboxEntries(JSON))
			.apply(new DataKeyErased(UUID.randomUUID(), delegationId, Instant.now(), 1));
		reader.withinOneBatch(List.of(),
				() -> assertThat(
						((ParticipantRegistered) reader.open(published.get(0), RegistrationEvent.class)).name())
					.isEqualTo(PersonalData.ERASED));
	}

	@Test
	void aReaderWaitsForAKeyThatArrivesMomentsAfterItsEventsFromThisInstanceOrAnother() throws Exception {
		OutboxEntries ownerOutbox = new OutboxEntries(JSON);
		ownerOutbox.transformBeforeStoring(new PersonalDataSeals(JSON, new DataKeys(ownerDatabase, ownerOutbox))::seal);
		DataKeys readerKeys = new DataKeys(readerDatabase, new OutboxEntries(JSON));
		PersonalDataSeals reader = new PersonalDataSeals(JSON, readerKeys);
		DataKeys otherReaderInstance = new DataKeys(readerDatabase, new OutboxEntries(JSON));

		for (DataKeys applying : List.of(readerKeys, otherReaderInstance)) {
			String delegationId = UUID.randomUUID().toString();
			RegistrationEvent published = JSON.readValue(
					ownerOutbox.of(participant(delegationId, "Deltaker Ny", "deltaker@kommune.no")).payload(),
					RegistrationEvent.class);
			CompletableFuture<RegistrationEvent> opened = CompletableFuture
				.supplyAsync(() -> reader.open(published, RegistrationEvent.class));
			await().atMost(Duration.ofSeconds(1)).until(() -> COMMANDS.contains("find"));
			assertThat(opened).isNotDone();

			applying.apply(JSON.readValue(ownerDatabase.findById(delegationId, Document.class, DataKeys.COLLECTION)
				.getList("outbox", Document.class)
				.get(0)
				.getString("payload"), DataKeyIssued.class));

			assertThat(((ParticipantRegistered) opened.get(1, TimeUnit.SECONDS)).name()).isEqualTo("Deltaker Ny");
			COMMANDS.clear();
		}
	}

	private static Document onlyOutboxEntry(String ownerId) {
		List<Document> outbox = ownerDatabase.findById(ownerId, Document.class, DataKeys.COLLECTION)
			.getList("outbox", Document.class);
		assertThat(outbox).hasSize(1);
		return outbox.get(0);
	}

	private static ParticipantRegistered participant(String delegationId, String name, String email) {
		return new ParticipantRegistered(UUID.randomUUID(), delegationId, "w-1", Instant.parse("2027-03-01T08:00:00Z"),
				1, "p-1", "s-1", "4601", name, email, "Ordfører", RoleCategory.POLITICIAN);
	}

}
