package no.ks.kulturskole.support.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What a rush costs in data-key round trips: sealing a new delegation's events inside the
 * workshop's one writer, and opening them in a reader's batch. Counted as the commands
 * the MongoDB driver sends to {@value DataKeys#COLLECTION}.
 */
class DataKeyRoundTripsTests {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private static final ConcurrentLinkedQueue<String> COMMANDS = new ConcurrentLinkedQueue<>();

	private static MongoClient client;

	private static MongoTemplate ownerDatabase;

	private static MongoTemplate readerDatabase;

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
		ownerDatabase = new MongoTemplate(client, "keys-owner");
		readerDatabase = new MongoTemplate(client, "keys-reader");
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
	void aNewDelegationsFiveEventsAreSealedWithOneInsertAndNoLookup() {
		OutboxEntries outbox = new OutboxEntries(JSON);
		DataKeys keys = new DataKeys(ownerDatabase, outbox);
		outbox.transformBeforeStoring(new PersonalDataSeals(JSON, keys)::seal);
		String delegationId = UUID.randomUUID().toString();

		for (int i = 0; i < 5; i++) {
			assertThat(outbox.of(participant(delegationId, "Deltaker " + i)).payload()).doesNotContain("Deltaker");
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
		assertThat(outbox.of(participant(delegationId, "Deltaker Foran")).payload()).doesNotContain("Deltaker");

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
			.map((i) -> JSON.readValue(ownerOutbox.of(participant(delegationId, "Deltaker " + i)).payload(),
					RegistrationEvent.class))
			.toList();
		readerKeys.apply(JSON.readValue(ownerDatabase.findById(delegationId, Document.class, DataKeys.COLLECTION)
			.getList("outbox", Document.class)
			.get(0)
			.getString("payload"), DataKeyIssued.class));
		COMMANDS.clear();

		reader.withinOneBatch(() -> published
			.forEach((event) -> assertThat(((ParticipantRegistered) reader.open(event, RegistrationEvent.class)).name())
				.startsWith("Deltaker")));
		assertThat(COMMANDS).containsExactly("find");

		// another instance of the reader applies the erasure between two batches
		new DataKeys(readerDatabase, new OutboxEntries(JSON))
			.apply(new DataKeyErased(UUID.randomUUID(), delegationId, Instant.now(), 1));
		reader.withinOneBatch(() -> assertThat(
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
			RegistrationEvent published = JSON
				.readValue(ownerOutbox.of(participant(delegationId, "Deltaker Ny")).payload(), RegistrationEvent.class);
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

	private static ParticipantRegistered participant(String delegationId, String name) {
		return new ParticipantRegistered(UUID.randomUUID(), delegationId, "w-1", Instant.parse("2027-03-01T08:00:00Z"),
				1, UUID.randomUUID().toString(), "s-1", "4601", name, name.replace(' ', '.') + "@kommune.no", "Rektor",
				RoleCategory.KULTURSKOLE);
	}

}
