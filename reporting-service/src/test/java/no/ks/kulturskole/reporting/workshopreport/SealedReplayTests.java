package no.ks.kulturskole.reporting.workshopreport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.Replayer;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.support.privacy.PersonalDataSeals;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild's replay opens personal data with the keys the service holds, looked up for
 * each poll's subjects together: a delegation whose key is here reads in the clear, an
 * erased one stays erased. Real embedded MongoDB-compatible server, no broker.
 */
class SealedReplayTests {

	private static final Instant TODAY = Instant.parse("2027-02-25T12:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static MongoClient client;

	private static MongoTemplate mongo;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		mongo = new MongoTemplate(client, "reporting-sealed-replay-" + UUID.randomUUID());
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void aReplayOpensWhatItsKeysOpenAndAnErasedOwnerStaysErased() {
		DataKeys keys = new DataKeys(mongo, new OutboxEntries(JSON));
		WorkshopHistory kept = new WorkshopHistory();
		WorkshopHistory erased = new WorkshopHistory();
		String keptKey = SecretSeal.generateKey();
		String erasedKey = SecretSeal.generateKey();
		keys.apply(new DataKeyIssued(UUID.randomUUID(), kept.bergen, TODAY, 1, keptKey));
		keys.apply(new DataKeyIssued(UUID.randomUUID(), erased.bergen, TODAY, 1, erasedKey));
		keys.apply(new DataKeyErased(UUID.randomUUID(), erased.bergen, TODAY, 1));
		String generation = "t" + UUID.randomUUID().toString().substring(0, 8);
		Replayer replayer = new Replayer(mongo, JSON, MunicipalityRegister.load(), generation)
			.openingPersonalDataWith(new PersonalDataSeals(JSON, keys));

		replayer.apply(List.of(record(kept.scheduled, null), record(kept.bergenRegistered, kept.bergen),
				record(sealed(kept.bergenLeader, keptKey), kept.bergen), record(erased.scheduled, null),
				record(erased.bergenRegistered, erased.bergen),
				record(sealed(erased.bergenLeader, erasedKey), erased.bergen),
				// from before sealing, in the clear
				record(erased.bergenPolitician, erased.bergen)));
		replayer.flush();

		MongoWorkshopReportStore rebuilt = new MongoWorkshopReportStore(mongo, () -> "workshop_reports_" + generation);
		assertThat(replayer.skipped()).isZero();
		assertThat(rebuilt.find(kept.workshopId).orElseThrow().participants()).extracting(ParticipantReport::name)
			.containsExactly("Ola Nordmann");
		assertThat(rebuilt.find(erased.workshopId).orElseThrow().participants()).extracting(ParticipantReport::name)
			.containsExactly(PersonalData.ERASED, PersonalData.ERASED);
	}

	private static ParticipantRegistered sealed(ParticipantRegistered participant, String key) {
		return participant
			.sealedAs(SecretSeal.withKey(key).seal(JSON.writeValueAsString(participant), participant.delegationId()));
	}

	/** As the outbox relay publishes it: the subject names the owner of its data. */
	private static ConsumerRecord<byte[], byte[]> record(DomainEvent event, String subject) {
		SourcePosition at = EventLog.positionOf(event);
		ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(at.topic(), at.partition(), at.offset(),
				event.partitionKey().getBytes(StandardCharsets.UTF_8), JSON.writeValueAsBytes(event));
		if (subject != null) {
			record.headers().add(EventHeaders.SUBJECT, subject.getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

}
