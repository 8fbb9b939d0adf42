package no.ks.kulturskole.reporting.workshopreport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.MessageSentToRegistrants;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.MongoWorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceCount;
import no.ks.kulturskole.reporting.workshopreport.model.AttendanceSummary;
import no.ks.kulturskole.reporting.workshopreport.model.SentMessage;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens around the workshop on its report (issue 16). Staff's messages: subject,
 * when and to how many, each once however often it is read, and nothing else of the
 * report moved. Attendance: per session, municipality, county, KS region and branch, the
 * newest record winning. Fed straight with events against the embedded MongoDB-compatible
 * server, as {@link WorkshopDetailsProjectionTests}.
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

	@Test
	void attendanceIsCountedPerSessionMunicipalityCountyRegionAndBranchAndALateCopyMovesNothingBack() {
		WorkshopHistory history = new WorkshopHistory();
		applyAll(inTopicOrder(history));
		AttendanceRecorded bergenBoth = attendance(history, history.bergen, history.morning, 1,
				history.bergenLeader.participantId(), history.bergenPolitician.participantId());
		AttendanceRecorded bergenOne = attendance(history, history.bergen, history.morning, 2,
				history.bergenLeader.participantId());
		AttendanceRecorded drammenOne = attendance(history, history.drammen, history.afternoon, 1,
				history.drammenPrincipal.participantId());

		apply(bergenBoth);
		apply(bergenOne);
		apply(drammenOne);
		// the first record again, published once more by the relay: older than what is
		// held
		projection.apply(bergenBoth, EventLog.republish(bergenBoth));

		WorkshopReport report = store.find(history.workshopId).orElseThrow();
		AttendanceSummary summary = report.attendanceSummary();
		assertThat(summary.persons()).isEqualTo(2);
		assertThat(summary.delegations()).isEqualTo(2);
		assertThat(summary.municipalities()).isEqualTo(2);
		assertThat(summary.perSession()).containsExactly(new AttendanceCount(history.morning, null, 1, 1),
				new AttendanceCount(history.afternoon, null, 1, 1));
		assertThat(summary.perMunicipality()).containsExactly(new AttendanceCount("4601", "Bergen", 1, 1),
				new AttendanceCount("3301", "Drammen", 1, 1));
		assertThat(summary.perCounty()).extracting(AttendanceCount::name).containsExactly("Vestland", "Buskerud");
		assertThat(summary.perKsRegion()).extracting(AttendanceCount::persons).containsExactly(1, 1);
		assertThat(summary.perBranch()).hasSize(2);
		assertThat(report.presentPersonsOf(history.bergen)).isEqualTo(1);
		assertThat(report.presentPersonsOf(history.oslo)).isZero();
		assertThat(report.totals()).isEqualTo(history.expectedReport().totals());
	}

	private static AttendanceRecorded attendance(WorkshopHistory history, String delegationId, String sessionId,
			long sequence, String... present) {
		return new AttendanceRecorded(UUID.randomUUID(), delegationId, history.workshopId, WorkshopHistory.START,
				AttendanceRecorded.SCHEMA_VERSION, sessionId, "0000", List.of(present), 3, sequence);
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
