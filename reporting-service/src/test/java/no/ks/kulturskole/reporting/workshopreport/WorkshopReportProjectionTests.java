package no.ks.kulturskole.reporting.workshopreport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.Totals;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The projection fed straight with events, against the real embedded MongoDB-compatible
 * server: no Spring context and no broker, so every ordering and repetition is chosen
 * here.
 */
class WorkshopReportProjectionTests {

	private static MongoClient client;

	private static MongoWorkshopReportStore store;

	private static WorkshopReportProjection projection;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoTemplate mongo = new MongoTemplate(client, "reporting-projection-" + UUID.randomUUID());
		store = new MongoWorkshopReportStore(mongo);
		projection = new WorkshopReportProjection(store, new MunicipalityDirectory(MunicipalityRegister.load()));
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void theReportShowsSessionsDelegationsWithTheirRegionsParticipantsMunicipalitiesAndCounts() {
		WorkshopHistory history = new WorkshopHistory();

		applyAll(history.workshopEvents());
		applyAll(history.registrationEvents());
		applyAll(history.notificationEvents());

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void eachEventDeliveredTwiceInARowCountsOnce() {
		WorkshopHistory history = new WorkshopHistory();

		for (DomainEvent event : inTopicOrder(history)) {
			apply(event);
			apply(event);
		}

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void replayingTheWholeHistoryTwiceGivesTheSameReport() {
		WorkshopHistory history = new WorkshopHistory();

		applyAll(inTopicOrder(history));
		WorkshopReport afterFirstRun = store.find(history.workshopId).orElseThrow();
		applyAll(inTopicOrder(history));

		assertThat(afterFirstRun).isEqualTo(history.expectedReport());
		assertThat(store.find(history.workshopId)).contains(afterFirstRun);
	}

	@Test
	void registrationsReadBeforeTheWorkshopIsKnownEndInTheSameReport() {
		WorkshopHistory history = new WorkshopHistory();

		applyAll(history.notificationEvents());
		applyAll(history.registrationEvents());
		WorkshopReport beforeSchedule = store.find(history.workshopId).orElseThrow();
		applyAll(history.workshopEvents());

		assertThat(beforeSchedule.title()).isNull();
		assertThat(beforeSchedule.sessions())
			.extracting(SessionReport::sessionId, SessionReport::confirmedPersons, SessionReport::seatsLeft)
			.containsExactlyInAnyOrder(tuple(history.morning, 2, -2), tuple(history.afternoon, 3, -3));
		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void topicsInterleavedInAnyOrderGiveTheSameReport() {
		WorkshopHistory history = new WorkshopHistory();
		Random random = new Random(history.workshopId.hashCode());

		// each topic stays in its own order, as Kafka keeps it per partition
		List<List<? extends DomainEvent>> topics = new ArrayList<>(List.of(new ArrayList<>(history.workshopEvents()),
				new ArrayList<>(history.registrationEvents()), new ArrayList<>(history.notificationEvents())));
		while (!topics.isEmpty()) {
			List<? extends DomainEvent> topic = topics.get(random.nextInt(topics.size()));
			apply(topic.remove(0));
			if (topic.isEmpty()) {
				topics.remove(topic);
			}
		}

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void theThreeTopicsAppliedConcurrentlyDoNotOverwriteEachOther() {
		WorkshopHistory history = new WorkshopHistory();

		try (ExecutorService consumers = Executors.newFixedThreadPool(3)) {
			CompletableFuture
				.allOf(CompletableFuture.runAsync(() -> applyAll(history.registrationEvents()), consumers),
						CompletableFuture.runAsync(() -> applyAll(history.notificationEvents()), consumers),
						CompletableFuture.runAsync(() -> applyAll(history.workshopEvents()), consumers))
				.join();
		}

		assertThat(store.find(history.workshopId)).contains(history.expectedReport());
	}

	@Test
	void aSecondMailToTheSameDelegationIsCountedButTheSameMailTwiceIsNot() {
		WorkshopHistory history = new WorkshopHistory();

		apply(history.bergenConfirmed);
		apply(history.drammenConfirmed);
		apply(history.bergenConfirmed);

		assertThat(store.find(history.workshopId)).map(WorkshopReport::totals).contains(new Totals(0, 0, 0, 0, 0, 2));
	}

	@Test
	void aWorkshopNobodyHasHeardOfHasNoReport() {
		assertThat(store.find(UUID.randomUUID().toString())).isEmpty();
	}

	@Test
	void theOverviewHasEveryWorkshopWithItsTotals() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		assertThat(store.list()).filteredOn(summary -> summary.workshopId().equals(history.workshopId))
			.singleElement()
			.satisfies(summary -> {
				assertThat(summary.title()).isEqualTo("Verksted 1: Kulturskolen i kommunen");
				assertThat(summary.sessions()).isEqualTo(history.expectedReport().sessions());
				assertThat(summary.totals()).isEqualTo(history.expectedReport().totals());
			});
	}

	private static List<DomainEvent> inTopicOrder(WorkshopHistory history) {
		List<DomainEvent> events = new ArrayList<>(history.workshopEvents());
		events.addAll(history.registrationEvents());
		events.addAll(history.notificationEvents());
		return Collections.unmodifiableList(events);
	}

	private static void applyAll(List<? extends DomainEvent> events) {
		events.forEach(WorkshopReportProjectionTests::apply);
	}

	private static void apply(DomainEvent event) {
		switch (event) {
			case WorkshopEvent workshopEvent -> projection.apply(workshopEvent);
			case RegistrationEvent registrationEvent -> projection.apply(registrationEvent);
			case NotificationEvent notificationEvent -> projection.apply(notificationEvent);
			default -> throw new IllegalArgumentException("Not an event of ours: " + event);
		}
	}

}
