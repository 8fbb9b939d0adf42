package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.Material;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stopped while it still had work: e-mails waiting for an SMTP server that
 * was down, and preparation material and a reminder not yet due. A new instance on the
 * same database, with the server back, sends each of them exactly once.
 * <p>
 * The instances are whole applications started here, one after the other, rather than the
 * test context the other classes share. Their own topics, consumer group and database
 * keep them apart from it: they neither take its partitions nor replay other tests'
 * events.
 */
class RestartIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String TITLE = "Etter omstart";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String registrationTopic = "registration.events.restart-" + this.run;

	private final String workshopTopic = "workshop.events.restart-" + this.run;

	/** This test's own way to the shared GreenMail, so that it can be down here only. */
	private final SmtpSwitch smtp = new SmtpSwitch(TestInfrastructure.smtp().getSmtp().getPort());

	/** The same for both instances: the same database, topics and consumer group. */
	private final List<String> arguments = new ArrayList<>();

	private ConfigurableApplicationContext instance;

	@AfterEach
	void stop() {
		if (this.instance != null) {
			this.instance.close();
		}
	}

	@Test
	void mailsWaitingForTheSmtpServerAndScheduledMailsSurviveARestartAndGoOutOnce() {
		this.smtp.down();
		this.instance = startInstance();
		MongoTemplate mongo = this.instance.getBean(MongoTemplate.class);
		JsonMapper json = this.instance.getBean(JsonMapper.class);

		Instant start = Instant.now().plus(Duration.ofDays(130)).truncatedTo(ChronoUnit.HOURS);
		String workshopId = UUID.randomUUID().toString();
		String sessionId = "s-" + workshopId.substring(0, 8);
		publish(json,
				new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, TITLE, "Beskrivelse", "Program",
						WorkshopFormat.ONLINE, null, "nb", start.minus(Duration.ofDays(20)), 1, null, false,
						List.of(new SessionDetails(sessionId, start, start.plus(Duration.ofHours(2)), 30,
								"https://meet.example/omstart"))));
		publish(json, new MaterialsPublished(UUID.randomUUID(), workshopId, Instant.now(), 1,
				List.of(new Material("Program", null)), List.of(), null));
		await().atMost(PATIENCE)
			.until(() -> mongo.findById("MATERIALS:" + workshopId + "/" + sessionId, Document.class,
					"scheduled_mails") != null);
		DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), UUID.randomUUID().toString(),
				workshopId, Instant.now(), 1, sessionId, SeatStatus.CONFIRMED,
				new Organisation("1804", "Bodø", "18", "Nordland"),
				new Contact("Kari Nordmann", "koordinator-" + this.run + "@bodo.kommune.example", null), 2, TITLE,
				start, start.plus(Duration.ofHours(2)), "nb");
		List<ParticipantRegistered> delegates = List.of(aDelegate(registered), aDelegate(registered));
		publish(json, registered);
		delegates.forEach((delegate) -> publish(json, delegate));
		publish(json,
				new ManageLinkIssued(UUID.randomUUID(), registered.delegationId(), workshopId, Instant.now(),
						ManageLinkIssued.SCHEMA_VERSION,
						NotificationServiceIntegrationTest.SEAL.seal("hemmelig-" + this.run, registered.delegationId()),
						ManageLinkIssued.Reason.REGISTERED, "nb"));

		MailLog before = this.instance.getBean(MailLog.class);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(before.find(workshopId, null, 10)).hasSize(3).allSatisfy((entry) -> {
				assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
				assertThat(entry.lastError()).startsWith("SMTP");
			}));
		assertThat(status(mongo, "MATERIALS", workshopId, sessionId)).isEqualTo("PENDING");
		assertThat(status(mongo, "REMINDER", workshopId, sessionId)).isEqualTo("PENDING");
		this.instance.close();

		this.smtp.up();
		this.instance = startInstance();
		MailLog after = this.instance.getBean(MailLog.class);
		MongoTemplate mongoAfter = this.instance.getBean(MongoTemplate.class);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(after.find(workshopId, null, 10)).hasSize(3)
				.extracting(MailLogEntry::status)
				.containsOnly(MailStatus.SENT));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(registered.coordinator().email()).size() == 1);
		for (ParticipantRegistered delegate : delegates) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		}

		ShiftableClock clock = this.instance.getBean(ShiftableClock.class);
		clock.setTo(start.minus(Duration.ofDays(7)));
		await().atMost(PATIENCE).until(() -> "DONE".equals(status(mongoAfter, "MATERIALS", workshopId, sessionId)));
		// DONE means the material mails are stored; let them reach SMTP before the clock
		// jumps six days, past their lease (the retrier would take them over mid-send)
		for (ParticipantRegistered delegate : delegates) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 2);
		}
		clock.setTo(start.minus(Duration.ofDays(1)));
		await().atMost(PATIENCE).until(() -> "DONE".equals(status(mongoAfter, "REMINDER", workshopId, sessionId)));

		// everything is marked sent, so nothing of it can go again
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(after.find(workshopId, null, 20)).hasSize(7)
				.allSatisfy((entry) -> assertThat(entry.status()).isEqualTo(MailStatus.SENT))
				.extracting(MailLogEntry::kind)
				.containsExactlyInAnyOrder(MailKind.DELEGATION_CONFIRMATION, MailKind.DELEGATE_CONFIRMATION,
						MailKind.DELEGATE_CONFIRMATION, MailKind.MATERIALS, MailKind.MATERIALS, MailKind.REMINDER,
						MailKind.REMINDER));
		assertThat(Mailbox.messagesTo(registered.coordinator().email())).extracting(Mailbox::subject)
			.containsExactly("Påmelding mottatt: " + TITLE);
		for (ParticipantRegistered delegate : delegates) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 3);
			assertThat(Mailbox.messagesTo(delegate.email())).extracting(Mailbox::subject)
				.containsExactly("Du er påmeldt: " + TITLE, "Forberedelse: " + TITLE,
						"Påminnelse: " + TITLE + " i morgen");
		}
	}

	/** The service as production runs it, with this test's infrastructure and clock. */
	private ConfigurableApplicationContext startInstance() {
		if (this.arguments.isEmpty()) {
			// arguments, not default properties: they must win over application.yml
			TestInfrastructure
				.registerKafkaAndMongo((name, value) -> this.arguments.add("--" + name + "=" + value.get()));
			CallerTokens.trustedBy((name, value) -> this.arguments.add("--" + name + "=" + value.get()));
			String group = "notification-restart-" + this.run;
			this.arguments.addAll(
					List.of("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.smtp.port(),
							"--platform.secret-seal.key=" + NotificationServiceIntegrationTest.SEAL_KEY,
							"--platform.gateway-url=https://kulturskole.example",
							"--spring.cloud.stream.bindings.registrationEvents-in-0.destination="
									+ this.registrationTopic,
							"--spring.cloud.stream.bindings.registrationEvents-in-0.group=" + group,
							"--spring.cloud.stream.bindings.workshopEvents-in-0.destination=" + this.workshopTopic,
							"--spring.cloud.stream.bindings.workshopEvents-in-0.group=" + group,
							"--platform.mail.retry-interval=200ms", "--platform.mail.initial-backoff=300ms",
							"--platform.mail.max-backoff=1s", "--platform.mail.lease=10s",
							"--spring.mail.properties.mail.smtp.connectiontimeout=2000",
							"--spring.mail.properties.mail.smtp.timeout=5000",
							"--spring.mail.properties.mail.smtp.writetimeout=5000",
							"--platform.mail.smtp-resilience.retry-wait=100ms",
							"--platform.mail.smtp-resilience.open-wait=1s", "--platform.schedule.poll-interval=300ms"));
		}
		return new SpringApplicationBuilder(NotificationServiceApplication.class, ShiftableClock.Configuration.class)
			.run(this.arguments.toArray(String[]::new));
	}

	private void publish(JsonMapper json, WorkshopEvent event) {
		RegistrationEventsTopic.publishTo(this.workshopTopic, event.workshopId(), event.getClass().getSimpleName(),
				event.eventId().toString(), "restart-" + this.run, json.writeValueAsBytes(event));
	}

	private void publish(JsonMapper json, DelegationEvent event) {
		RegistrationEventsTopic.publishTo(this.registrationTopic, event.workshopId(), event.getClass().getSimpleName(),
				event.eventId().toString(), "restart-" + this.run, json.writeValueAsBytes(event));
	}

	private static String status(MongoTemplate mongo, String kind, String workshopId, String sessionId) {
		Document item = mongo.findById(kind + ":" + workshopId + "/" + sessionId, Document.class, "scheduled_mails");
		return (item != null) ? item.getString("status") : null;
	}

	private static ParticipantRegistered aDelegate(DelegationRegistered registered) {
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				registered.occurredAt(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804",
				"Ola Nordmann", "delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Lærer", RoleCategory.KULTURSKOLE);
	}

}
