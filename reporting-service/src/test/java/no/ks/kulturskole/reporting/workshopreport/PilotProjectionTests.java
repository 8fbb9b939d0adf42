package no.ks.kulturskole.reporting.workshopreport;

import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoPilotApplicationStore;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pilot applications fed straight with events against the embedded MongoDB-compatible
 * server, compared to the documents they must give: once, with every event twice, with
 * the whole history applied again, and replayed from scratch into a fresh collection as a
 * rebuild does.
 */
class PilotProjectionTests {

	private static final MunicipalityDirectory DIRECTORY = new MunicipalityDirectory(MunicipalityRegister.load());

	private static MongoClient client;

	private MongoTemplate mongo;

	private MongoPilotApplicationStore store;

	private PilotProjection projection;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@BeforeEach
	void freshDatabase() {
		this.mongo = new MongoTemplate(client, "reporting-pilot-" + UUID.randomUUID());
		this.store = new MongoPilotApplicationStore(this.mongo);
		this.projection = new PilotProjection(this.store, DIRECTORY);
	}

	@Test
	void theApplicationsShowTheMunicipalitysRegionsAndTheDecisions() {
		PilotHistory history = new PilotHistory();

		history.events().forEach(this::apply);

		assertThat(PilotHistory.byMunicipality(this.store.all())).isEqualTo(history.expectedApplications());
	}

	@Test
	void eachEventDeliveredTwiceInARowCountsOnce() {
		PilotHistory history = new PilotHistory();

		for (PilotEvent event : history.events()) {
			assertThat(apply(event)).isTrue();
			assertThat(apply(event)).isFalse();
		}

		assertThat(PilotHistory.byMunicipality(this.store.all())).isEqualTo(history.expectedApplications());
	}

	@Test
	void theWholeHistoryAppliedAgainChangesNothingAndAReplayFromScratchGivesTheSameDocuments() {
		PilotHistory history = new PilotHistory();
		history.events().forEach(this::apply);
		List<Document> afterFirstRun = storedDocuments(MongoPilotApplicationStore.COLLECTION);

		history.events().forEach(this::apply);
		List<Document> afterSecondRun = storedDocuments(MongoPilotApplicationStore.COLLECTION);
		String rebuilt = MongoPilotApplicationStore.COLLECTION + "_rebuilt";
		MongoPilotApplicationStore fromScratch = new MongoPilotApplicationStore(this.mongo, () -> rebuilt);
		PilotProjection replay = new PilotProjection(fromScratch, DIRECTORY);
		history.events().forEach(event -> replay.apply(event, EventLog.positionOf(event)));

		assertThat(afterFirstRun).hasSize(3);
		assertThat(afterSecondRun).isEqualTo(afterFirstRun);
		assertThat(storedDocuments(rebuilt)).isEqualTo(afterFirstRun);
		assertThat(PilotHistory.byMunicipality(fromScratch.all())).isEqualTo(history.expectedApplications());
	}

	@Test
	void anApplicationPublishedAgainAsANewRecordAfterItsDecisionDoesNotUndoTheDecision() {
		PilotHistory history = new PilotHistory();
		history.events().forEach(this::apply);
		List<Document> before = storedDocuments(MongoPilotApplicationStore.COLLECTION);

		boolean submittedAgain = this.projection.apply(history.bergen, EventLog.republish(history.bergen));
		boolean declinedAgain = this.projection.apply(history.osloDeclined, EventLog.republish(history.osloDeclined));

		assertThat(submittedAgain).isFalse();
		assertThat(declinedAgain).isFalse();
		assertThat(storedDocuments(MongoPilotApplicationStore.COLLECTION)).isEqualTo(before);
		assertThat(PilotHistory.byMunicipality(this.store.all())).isEqualTo(history.expectedApplications());
	}

	private boolean apply(PilotEvent event) {
		return this.projection.apply(event, EventLog.positionOf(event));
	}

	/** Everything stored, the deduplication marks included. */
	private List<Document> storedDocuments(String collection) {
		return this.mongo.find(new Query().with(Sort.by("_id")), Document.class, collection);
	}

}
