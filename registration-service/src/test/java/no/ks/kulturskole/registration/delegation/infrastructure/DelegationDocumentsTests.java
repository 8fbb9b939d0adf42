package no.ks.kulturskole.registration.delegation.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore.Loaded;
import no.ks.kulturskole.registration.delegation.model.DelegationRequest;
import no.ks.kulturskole.registration.delegation.model.NewParticipant;
import no.ks.kulturskole.registration.delegation.model.RegistrationOutcome;
import no.ks.kulturskole.registration.delegation.model.Session;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.delegation.model.WorkshopStatus;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delegations in documents of their own, the workshop's document the one commit point:
 * what a batch commits is found by every reader, also when its writer stopped before
 * writing the delegations out, and nothing ever goes back to an older version.
 */
class DelegationDocumentsTests {

	static final Instant NOW = Instant.parse("2027-02-20T10:00:00Z");

	static final Instant MORNING = Instant.parse("2027-03-10T08:00:00Z");

	private MongoClient client;

	private MongoTemplate mongo;

	private MongoWorkshopRegistrationsStore store;

	private final String workshopId = UUID.randomUUID().toString();

	@BeforeEach
	void isolatedDatabase() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.mongo = new MongoTemplate(this.client, "delegations-" + UUID.randomUUID());
		this.store = newStore();
		this.store.create(WorkshopRegistrations.scheduled(this.workshopId, "event-1",
				new Workshop("Verksted", WorkshopStatus.SCHEDULED, NOW.plusSeconds(86_400), 1, null, false,
						List.of(new Session("morning", MORNING, MORNING.plusSeconds(9000), 8)))));
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void aBatchStoresEachDelegationInItsOwnDocumentAndTheWorkshopDocumentHoldsOnlyItsJournal() {
		WorkshopRegistrations after = register(this.store.load(this.workshopId).orElseThrow(), "4601", "0301");

		assertThat(this.mongo.getCollection(DelegationDocuments.COLLECTION)
			.countDocuments(Filters.eq(DelegationDocuments.WORKSHOP_ID, this.workshopId))).isEqualTo(2);
		Document workshop = workshopDocument();
		assertThat(workshop).doesNotContainKey("delegations");
		assertThat(workshop.getList(DelegationDocuments.JOURNAL, Document.class)).hasSize(2);
		assertThat(this.store.find(this.workshopId).orElseThrow().delegations()).isEqualTo(after.delegations());
		assertThat(this.store.findByDelegation(after.delegations().get(1).delegationId())).isPresent();
		assertThat(this.store.findByOrganisations(List.of("0301"))).extracting(WorkshopRegistrations::id)
			.containsExactly(this.workshopId);
		assertThat(this.store.findByPersonEmail(" DELTAKER1@K4601.no ")).extracting(WorkshopRegistrations::id)
			.containsExactly(this.workshopId);
	}

	@Test
	void aChangeJournalsOnlyTheFieldsThatChanged() {
		WorkshopRegistrations registered = register(this.store.load(this.workshopId).orElseThrow(), "4601", "0301");
		Loaded loaded = this.store.load(this.workshopId).orElseThrow();
		String bergen = registered.activeDelegationOf("4601").orElseThrow().delegationId();

		WorkshopRegistrations cancelled = registered.cancel(bergen, "Avmeldt", NOW).after();
		assertThat(this.store.commit(loaded, cancelled, List.of())).isTrue();

		List<Document> journal = workshopDocument().getList(DelegationDocuments.JOURNAL, Document.class);
		assertThat(journal).hasSize(1);
		assertThat(journal.get(0).get("set", Document.class)).containsKeys("cancelledAt", "cancellationReason")
			.doesNotContainKeys("participants", "coordinator", "organisation");
		assertThat(this.store.find(this.workshopId).orElseThrow().delegation(bergen).orElseThrow().isActive())
			.isFalse();
		assertThat(this.store.find(this.workshopId).orElseThrow().delegations()).isEqualTo(cancelled.delegations());
	}

	@Test
	void aBatchWhoseWriterStoppedBeforeWritingTheDelegationsIsRolledForwardByTheNextReader() {
		WorkshopRegistrations after = register(this.store.load(this.workshopId).orElseThrow(), "4601", "0301");
		// as if the writer had stopped right after its commit
		this.mongo.getCollection(DelegationDocuments.COLLECTION).deleteMany(new Document());

		assertThat(this.store.findByDelegation(after.delegations().get(0).delegationId()).orElseThrow().delegations())
			.isEqualTo(after.delegations());
		assertThat(this.mongo.getCollection(DelegationDocuments.COLLECTION)
			.countDocuments(Filters.eq(DelegationDocuments.WORKSHOP_ID, this.workshopId))).isEqualTo(2);
	}

	@Test
	void aLateJournalEntryNeverTakesADelegationBack() {
		WorkshopRegistrations registered = register(this.store.load(this.workshopId).orElseThrow(), "4601");
		List<Document> registeredJournal = workshopDocument().getList(DelegationDocuments.JOURNAL, Document.class);
		String bergen = registered.delegations().get(0).delegationId();
		Loaded loaded = this.store.load(this.workshopId).orElseThrow();
		assertThat(this.store.commit(loaded, registered.cancel(bergen, "Avmeldt", NOW).after(), List.of())).isTrue();

		// the first batch's writer, late, writes its journal again
		new DelegationDocuments(this.mongo).write(registeredJournal);

		assertThat(this.store.find(this.workshopId).orElseThrow().delegation(bergen).orElseThrow().isActive())
			.isFalse();
	}

	@Test
	void aWorkshopStoredWithItsDelegationsInsideIsMovedOutWhenTheServiceStarts() {
		WorkshopRegistrations registered = register(this.store.load(this.workshopId).orElseThrow(), "4601", "0301");
		Document embedded = new Document();
		this.mongo.getConverter().write(registered.storedAs(workshopDocument().getLong("version")), embedded);
		embedded.remove(DelegationDocuments.JOURNAL);
		this.mongo.getCollection(MongoWorkshopRegistrationsStore.COLLECTION)
			.replaceOne(Filters.eq("_id", this.workshopId), embedded);
		this.mongo.getCollection(DelegationDocuments.COLLECTION).deleteMany(new Document());

		MongoWorkshopRegistrationsStore restarted = newStore();

		assertThat(workshopDocument()).doesNotContainKey("delegations");
		assertThat(this.mongo.getCollection(DelegationDocuments.COLLECTION)
			.countDocuments(Filters.eq(DelegationDocuments.WORKSHOP_ID, this.workshopId))).isEqualTo(2);
		assertThat(restarted.find(this.workshopId).orElseThrow().delegations()).isEqualTo(registered.delegations());
		assertThat(restarted.findByOrganisations(List.of("4601"))).hasSize(1);
	}

	private MongoWorkshopRegistrationsStore newStore() {
		return new MongoWorkshopRegistrationsStore(this.mongo, new OutboxEntries(JsonMapper.builder().build()));
	}

	/** Registers the municipalities in one batch, as the writer would. */
	private WorkshopRegistrations register(Loaded loaded, String... numbers) {
		WorkshopRegistrations current = loaded.registrations();
		for (String number : numbers) {
			current = ((RegistrationOutcome.Registered) current.register(request(number), NOW)).after();
		}
		assertThat(this.store.commit(loaded, current, List.of())).isTrue();
		return current;
	}

	private Document workshopDocument() {
		return this.mongo.getCollection(MongoWorkshopRegistrationsStore.COLLECTION)
			.find(Filters.eq("_id", this.workshopId))
			.first();
	}

	private static DelegationRequest request(String number) {
		return new DelegationRequest(new Organisation(number, "Kommune " + number, "46", "Vestland"),
				new Contact("Koordinator", "koordinator@" + number + ".kommune.no", null),
				IntStream.rangeClosed(1, 2)
					.mapToObj(i -> new NewParticipant("Deltaker " + i, "deltaker" + i + "@k" + number + ".no",
							"Rolle " + i, RoleCategory.SCHOOL))
					.toList(),
				"nb");
	}

}
