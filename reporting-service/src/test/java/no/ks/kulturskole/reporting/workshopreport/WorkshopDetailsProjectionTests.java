package no.ks.kulturskole.reporting.workshopreport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workshop's new details in the report: the new title, applied once, and nothing else
 * of the report moved. Fed straight with events against the embedded MongoDB-compatible
 * server, as {@link WorkshopReportProjectionTests}.
 */
class WorkshopDetailsProjectionTests {

	private static final String NEW_TITLE = "Verksted 1: Kulturskolen som ressurssenter";

	private static MongoClient client;

	private static MongoWorkshopReportStore store;

	private static WorkshopReportProjection projection;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoTemplate mongo = new MongoTemplate(client, "reporting-details-" + UUID.randomUUID());
		store = new MongoWorkshopReportStore(mongo);
		projection = new WorkshopReportProjection(store, new MunicipalityDirectory(MunicipalityRegister.load()));
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void newDetailsRetitleTheReportAndTheOverviewAndLeaveEverythingElseAsItWas() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));

		apply(renamed(history));

		assertThat(store.find(history.workshopId)).contains(retitled(history.expectedReport()));
		assertThat(store.list()).filteredOn(summary -> summary.workshopId().equals(history.workshopId))
			.extracting(WorkshopSummary::title)
			.containsExactly(NEW_TITLE);
	}

	@Test
	void newDetailsDeliveredTwiceOrReplayedWithTheWholeHistoryGiveTheSameReport() {
		WorkshopHistory history = new WorkshopHistory();
		WorkshopDetailsChanged renamed = renamed(history);
		List<DomainEvent> events = new ArrayList<>(inTopicOrder(history));
		events.add(renamed);

		applyAll(events);
		apply(renamed);
		applyAll(events);

		assertThat(store.find(history.workshopId)).contains(retitled(history.expectedReport()));
	}

	@Test
	void theScheduleRepublishedAfterNewDetailsDoesNotBringTheOldTitleBack() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));
		apply(renamed(history));

		projection.apply(history.scheduled, EventLog.republish(history.scheduled));

		assertThat(store.find(history.workshopId).orElseThrow().title()).isEqualTo(NEW_TITLE);
	}

	private static WorkshopDetailsChanged renamed(WorkshopHistory history) {
		return new WorkshopDetailsChanged(UUID.randomUUID(), history.workshopId, WorkshopHistory.START, 1, NEW_TITLE,
				"Ny beskrivelse", List.of("Norsk kulturskoleråd"), null, false, WorkshopFormat.VENUE,
				"Kulturhuset, Hamar", "nb",
				history.scheduled.sessions()
					.stream()
					.map(session -> new SessionDetails(session.sessionId(), session.startsAt(), session.endsAt(),
							session.capacity(), null))
					.toList());
	}

	private static WorkshopReport retitled(WorkshopReport report) {
		return WorkshopReport.of(report.workshopId(), NEW_TITLE, report.programme(), report.status(),
				report.registrationOpenedAt(), report.registrationDeadline(), report.sessions(), report.delegations(),
				report.participants(), report.municipalities(), report.totals(), report.mails());
	}

	private static List<DomainEvent> inTopicOrder(WorkshopHistory history) {
		List<DomainEvent> events = new ArrayList<>(history.workshopEvents());
		events.addAll(history.registrationEvents());
		events.addAll(history.notificationEvents());
		return events;
	}

	private static void applyAll(List<? extends DomainEvent> events) {
		events.forEach(WorkshopDetailsProjectionTests::apply);
	}

	private static void apply(DomainEvent event) {
		switch (event) {
			case WorkshopEvent workshopEvent -> projection.apply(workshopEvent, EventLog.positionOf(workshopEvent));
			case RegistrationEvent registrationEvent ->
				projection.apply(registrationEvent, EventLog.positionOf(registrationEvent));
			case NotificationEvent notificationEvent ->
				projection.apply(notificationEvent, EventLog.positionOf(notificationEvent));
			default -> throw new IllegalArgumentException("Not an event of ours: " + event);
		}
	}

}
