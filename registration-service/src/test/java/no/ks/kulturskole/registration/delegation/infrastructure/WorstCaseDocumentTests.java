package no.ks.kulturskole.registration.delegation.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.registration.OnSharedInfrastructure;
import no.ks.kulturskole.registration.delegation.application.MailBudget;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.registration.delegation.application.RegisterDelegation;
import no.ks.kulturskole.registration.delegation.application.RegistrationCommand;
import no.ks.kulturskole.registration.delegation.application.WorkshopDecision.Decided;
import no.ks.kulturskole.registration.delegation.application.WorkshopWriter;
import no.ks.kulturskole.registration.delegation.model.Change;
import no.ks.kulturskole.registration.delegation.model.NewParticipant;
import no.ks.kulturskole.registration.delegation.model.Session;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.delegation.model.WorkshopStatus;
import no.ks.kulturskole.registration.municipality.application.MunicipalityDirectory;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.privacy.DataKeys;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worst a workshop's document can become through the API: every municipality with the
 * most delegates a delegation may have, every text at its longest in characters that take
 * three bytes each, and the broker away so that no event leaves the outbox. The document
 * (its outbox and the last batch's journal; each delegation has a document of its own)
 * must stay under MongoDB's 16 MiB; what would pass the budget is refused with a clear
 * 409 and stores nothing.
 * <p>
 * Runs on a database of its own, which no outbox relay reads: the outbox only grows.
 */
class WorstCaseDocumentTests extends OnSharedInfrastructure {

	private static final long MONGODB_LIMIT = 16L * 1024 * 1024;

	@Autowired
	MunicipalityDirectory municipalities;

	@Autowired
	ManageTokens tokens;

	@Autowired
	OutboxEntries outboxEntries;

	@Autowired
	DataKeys keys;

	private MongoClient client;

	private MongoTemplate template;

	private MongoWorkshopRegistrationsStore isolatedStore;

	private WorkshopWriter writer;

	@BeforeEach
	void isolatedDatabase() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.template = new MongoTemplate(this.client, "worst-case-" + UUID.randomUUID());
		this.isolatedStore = new MongoWorkshopRegistrationsStore(this.template, this.outboxEntries);
		this.writer = new WorkshopWriter(this.isolatedStore, Clock.systemUTC(), new SimpleMeterRegistry());
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void aWorkshopFilledWithTheLargestRegistrationsTheApiAcceptsStaysUnderSixteenMebibytes() throws Exception {
		String workshopId = UUID.randomUUID().toString();
		Instant start = Instant.now().plus(Duration.ofDays(40));
		this.isolatedStore.create(WorkshopRegistrations.scheduled(workshopId, UUID.randomUUID().toString(),
				new Workshop(longest(200), WorkshopStatus.SCHEDULED, Instant.now().plus(Duration.ofDays(30)), 1, null,
						false, List.of(new Session("s-1", start, start.plus(Duration.ofHours(3)), 100_000)))));
		RegisterDelegation register = new RegisterDelegation(this.writer, this.municipalities, this.tokens,
				new MailBudget(Integer.MAX_VALUE, Clock.systemUTC()), this.keys);
		List<String> numbers = new ArrayList<>(
				this.municipalities.all().stream().map(municipality -> municipality.number()).toList());
		this.municipalities.countyAuthorities().forEach(county -> numbers.add(county.number()));

		List<Object> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Object>> futures = IntStream.range(0, numbers.size()).mapToObj(i -> pool.submit(() -> {
				try {
					return (Object) register.register(workshopId, largest(numbers.get(i), i), "192.0.2." + i);
				}
				catch (ConflictingState refused) {
					return refused;
				}
			})).toList();
			for (Future<Object> future : futures) {
				outcomes.add(future.get());
			}
		}

		List<ConflictingState> refusals = outcomes.stream()
			.filter(ConflictingState.class::isInstance)
			.map(ConflictingState.class::cast)
			.toList();
		assertThat(refusals).isNotEmpty()
			.allSatisfy(refused -> assertThat(refused.rule()).isEqualTo("registrations-full"));
		long bytes = this.isolatedStore.load(workshopId).orElseThrow().bytes();
		// refused near the budget: within a few of the largest delegations (outbox and
		// journal hold one copy each) of it
		assertThat(bytes).isGreaterThan(WorkshopWriter.BUDGET_BYTES * 8 / 10).isLessThan(MONGODB_LIMIT);
		assertThat(this.isolatedStore.find(workshopId).orElseThrow().delegations())
			.hasSize(outcomes.size() - refusals.size());
		this.template.getCollection(DelegationDocuments.COLLECTION)
			.withDocumentClass(RawBsonDocument.class)
			.find(Filters.eq(DelegationDocuments.WORKSHOP_ID, workshopId))
			.forEach((delegation) -> assertThat((long) delegation.getByteBuffer().remaining())
				.isLessThan(MONGODB_LIMIT / 64));

		// a workshop event always applies, and the document still fits
		this.writer.apply(workshopId, IllegalStateException::new, (current, now) -> {
			Change change = current.workshopCancelled(UUID.randomUUID().toString(), longest(500), now);
			return Decided.of(change, change.events().size());
		});
		assertThat(this.isolatedStore.load(workshopId).orElseThrow().bytes()).isLessThan(MONGODB_LIMIT);
	}

	/**
	 * As many delegates as a delegation may have, every text as long as the API takes.
	 */
	private static RegistrationCommand largest(String number, int index) {
		List<NewParticipant> participants = IntStream.range(0, WorkshopRegistrations.MAX_DELEGATES)
			.mapToObj(i -> new NewParticipant(longest(200), email(index * 100 + i), longest(200),
					(i == 0) ? RoleCategory.KULTURSKOLE : RoleCategory.SCHOOL))
			.toList();
		return new RegistrationCommand(number, new Contact(longest(200), email(index * 100 + 99), "+47 55 56 00 00"),
				participants, "nb");
	}

	/** 254 characters, each but the separators three bytes in UTF-8. */
	private static String email(int unique) {
		String local = unique + "€".repeat(64 - String.valueOf(unique).length());
		String domain = "€".repeat(63) + "." + "€".repeat(63) + "." + "€".repeat(60);
		return local + "@" + domain;
	}

	private static String longest(int characters) {
		return "€".repeat(characters);
	}

}
