package no.ks.kulturskole.support.privacy;

import java.time.Instant;
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
 * arrived waits.
 */
class PersonalDataSealsTests {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private static MongoClient client;

	private static MongoTemplate ownerDatabase;

	private static MongoTemplate readerDatabase;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		ownerDatabase = new MongoTemplate(client, "privacy-owner");
		readerDatabase = new MongoTemplate(client, "privacy-reader");
	}

	@AfterAll
	static void disconnect() {
		client.close();
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
