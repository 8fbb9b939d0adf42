package no.ks.kulturskole.reporting.workshopreport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.SentMessage;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's messages on the workshop report (issue 16): subject, when and to how many, each
 * once however often it is read, and nothing else of the report moved. Fed straight with
 * events against the embedded MongoDB-compatible server, as
 * {@link WorkshopDetailsProjectionTests}.
 */
class RegistrantMessageProjectionTests {

	private static MongoClient client;

	private static MongoWorkshopReportStore store;

	private static WorkshopReportProjection projection;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoTemplate mongo = new MongoTemplate(client, "reporting-messages-" + UUID.randomUUID());
		store = new MongoWorkshopReportStore(mongo);
		projection = new WorkshopReportProjection(store, new MunicipalityDirectory(MunicipalityRegister.load()));
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Test
	void theReportShowsEachMessageOnceWithSubjectTimeAudienceAndRecipients() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));
		MessageSentToRegistrants first = message(history, "Ny møtelenke", 3, "s-x");
		MessageSentToRegistrants second = message(history, "Husk forberedelsene", 7, null);

		apply(first);
		apply(second);
		projection.apply(first, EventLog.republish(first));
		apply(message(history, "Ny møtelenke", 3, "s-x", first.messageId()));

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		assertThat(report.messages()).containsExactly(
				new SentMessage(first.messageId(), "Ny møtelenke", WorkshopHistory.START, "s-x", List.of("CONFIRMED"),
						List.of("DELEGATES"), 3),
				new SentMessage(second.messageId(), "Husk forberedelsene", WorkshopHistory.START, null,
						List.of("CONFIRMED"), List.of("DELEGATES"), 7));
		WorkshopReport expected = history.expectedReport();
		assertThat(report.totals()).isEqualTo(expected.totals());
		assertThat(report.delegations()).isEqualTo(expected.delegations());
		assertThat(report.mails()).isEqualTo(expected.mails());
	}

	private static MessageSentToRegistrants message(WorkshopHistory history, String subject, int recipients,
			String sessionId) {
		return message(history, subject, recipients, sessionId, UUID.randomUUID().toString());
	}

	/** A new event (another event id) about the given message. */
	private static MessageSentToRegistrants message(WorkshopHistory history, String subject, int recipients,
			String sessionId, String messageId) {
		return new MessageSentToRegistrants(UUID.randomUUID(), messageId, history.workshopId, WorkshopHistory.START,
				MessageSentToRegistrants.SCHEMA_VERSION, sessionId, List.of("CONFIRMED"), List.of("DELEGATES"),
				recipients, subject);
	}

	private static List<DomainEvent> inTopicOrder(WorkshopHistory history) {
		List<DomainEvent> events = new ArrayList<>(history.workshopEvents());
		events.addAll(history.registrationEvents());
		events.addAll(history.notificationEvents());
		return events;
	}

	private static void applyAll(List<? extends DomainEvent> events) {
		events.forEach(RegistrantMessageProjectionTests::apply);
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
