package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The listener stores each e-mail as pending and hands it to the senders in memory. An
 * instance stopped while e-mails wait for a sender (its one sender stuck in a
 * conversation the SMTP server never answers) loses that memory, as a crash does; a new
 * instance on the same database sends every one of them exactly once when their lease has
 * run out, and the same events delivered again after the restart send nothing more.
 * <p>
 * Like {@link RestartIntegrationTests}, with whole applications on their own topics,
 * consumer group and database.
 */
class CrashBetweenRecordingAndSendingIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final Duration LEASE = Duration.ofSeconds(20);

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String registrationTopic = "registration.events.crash-" + this.run;

	private final SmtpSwitch smtp = new SmtpSwitch(TestInfrastructure.smtp().getSmtp().getPort());

	private final List<String> arguments = new ArrayList<>();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stop() {
		this.smtp.down();
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void mailsStoredButNotYetSentWhenTheInstanceStopsAreSentOnceByTheNextInstance() {
		this.smtp.hold();
		ConfigurableApplicationContext first = startInstance();
		JsonMapper json = first.getBean(JsonMapper.class);
		String workshopId = UUID.randomUUID().toString();
		List<Registration> registrations = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			registrations.add(aRegistration(workshopId, json));
		}
		registrations.forEach(Registration::publish);

		// all twenty e-mails stored; one in a conversation that gets no answer, the rest
		// waiting in memory for the one sender
		MailLog firstLog = first.getBean(MailLog.class);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(firstLog.find(workshopId, null, 100)).hasSize(20).allSatisfy((entry) -> {
				assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
				assertThat(entry.lastError()).isNull();
			}));
		MeterRegistry meters = first.getBean(MeterRegistry.class);
		await().atMost(PATIENCE).until(() -> this.smtp.held() == 1 && queued(meters) == 19);

		// stopping drops what waits in memory at once; then the server hangs up on the
		// conversation under way, which ends as a failed attempt
		CompletableFuture<Void> stopping = CompletableFuture.runAsync(first::close);
		await().atMost(PATIENCE).until(() -> queued(meters) == 0);
		this.smtp.down();
		stopping.join();
		assertThat(Mailbox.messagesTo(registrations.get(0).registered().coordinator().email())).isEmpty();

		this.smtp.up();
		ConfigurableApplicationContext second = startInstance();
		// the stopped instance's lease on what it had not sent runs out
		second.getBean(ShiftableClock.class).setTo(Instant.now().plus(LEASE).plusSeconds(1));
		MailLog secondLog = second.getBean(MailLog.class);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(secondLog.find(workshopId, null, 100)).hasSize(20)
				.extracting(MailLogEntry::status)
				.containsOnly(MailStatus.SENT));
		for (Registration registration : registrations) {
			for (String recipient : registration.recipients()) {
				await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(recipient).size() == 1);
			}
		}

		// a crash also leaves offsets uncommitted: the same events come again, then a new
		// registration in the same partition shows they have been handled
		registrations.forEach(Registration::publish);
		Registration later = aRegistration(workshopId, json);
		later.publish();
		for (String recipient : later.recipients()) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(recipient).size() == 1);
		}
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(secondLog.find(workshopId, null, 100)).hasSize(25)
				.extracting(MailLogEntry::status)
				.containsOnly(MailStatus.SENT));
		for (Registration registration : registrations) {
			for (String recipient : registration.recipients()) {
				assertThat(Mailbox.messagesTo(recipient)).hasSize(1);
			}
		}
	}

	private static double queued(MeterRegistry meters) {
		return meters.get("notification.mails.queued").gauge().value();
	}

	/** The service as production runs it, with one sender and long SMTP timeouts. */
	private ConfigurableApplicationContext startInstance() {
		if (this.arguments.isEmpty()) {
			TestInfrastructure
				.registerKafkaAndMongo((name, value) -> this.arguments.add("--" + name + "=" + value.get()));
			String group = "notification-crash-" + this.run;
			CallerTokens.trustedBy((name, value) -> this.arguments.add("--" + name + "=" + value.get()));
			this.arguments.addAll(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + this.smtp.port(),
					"--platform.secret-seal.key=" + NotificationServiceIntegrationTest.SEAL_KEY,
					"--platform.gateway-url=https://kulturskole.example",
					"--spring.cloud.stream.bindings.registrationEvents-in-0.destination=" + this.registrationTopic,
					"--spring.cloud.stream.bindings.registrationEvents-in-0.group=" + group,
					"--spring.cloud.stream.bindings.workshopEvents-in-0.destination=workshop.events.crash-" + this.run,
					"--spring.cloud.stream.bindings.workshopEvents-in-0.group=" + group, "--platform.mail.senders=1",
					"--platform.mail.retry-interval=200ms", "--platform.mail.initial-backoff=300ms",
					"--platform.mail.max-backoff=1s", "--platform.mail.lease=" + LEASE.toSeconds() + "s",
					"--spring.mail.properties.mail.smtp.connectiontimeout=2000",
					"--spring.mail.properties.mail.smtp.timeout=60000",
					"--spring.mail.properties.mail.smtp.writetimeout=5000",
					"--platform.mail.smtp-resilience.retry-wait=100ms", "--platform.mail.smtp-resilience.open-wait=1s",
					"--platform.schedule.poll-interval=300ms"));
		}
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(NotificationServiceApplication.class,
				ShiftableClock.Configuration.class)
			.run(this.arguments.toArray(String[]::new));
		this.instances.add(instance);
		return instance;
	}

	private Registration aRegistration(String workshopId, JsonMapper json) {
		Instant start = Instant.parse("2027-03-10T08:00:00Z");
		String delegationId = UUID.randomUUID().toString();
		DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId,
				Instant.now(), 1, "s-" + workshopId.substring(0, 8), SeatStatus.CONFIRMED,
				new Organisation("1804", "Bodø", "18", "Nordland"), new Contact("Kari Nordmann",
						"koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example", null),
				4, "Etter krasj", start, start.plus(Duration.ofHours(2)), "nb");
		List<ParticipantRegistered> delegates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			delegates
				.add(new ParticipantRegistered(UUID.randomUUID(), delegationId, workshopId, registered.occurredAt(), 1,
						UUID.randomUUID().toString(), registered.sessionId(), "1804", "Ola Nordmann " + i,
						"delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", "Lærer",
						RoleCategory.KULTURSKOLE));
		}
		ManageLinkIssued link = new ManageLinkIssued(UUID.randomUUID(), delegationId, workshopId, Instant.now(),
				ManageLinkIssued.SCHEMA_VERSION,
				NotificationServiceIntegrationTest.SEAL.seal("hemmelig-" + delegationId, delegationId),
				ManageLinkIssued.Reason.REGISTERED, "nb");
		return new Registration(this.registrationTopic, registered, delegates, link, json);
	}

	private record Registration(String topic, DelegationRegistered registered, List<ParticipantRegistered> delegates,
			ManageLinkIssued link, JsonMapper json) {

		/** Always the same events: publishing again is a redelivery. */
		void publish() {
			send("DelegationRegistered", this.registered.eventId(), this.registered);
			this.delegates.forEach((delegate) -> send("ParticipantRegistered", delegate.eventId(), delegate));
			send("ManageLinkIssued", this.link.eventId(), this.link);
		}

		List<String> recipients() {
			List<String> recipients = new ArrayList<>();
			recipients.add(this.registered.coordinator().email());
			this.delegates.forEach((delegate) -> recipients.add(delegate.email()));
			return recipients;
		}

		private void send(String type, UUID eventId, Object event) {
			RegistrationEventsTopic.publishTo(this.topic, this.registered.workshopId(), type, eventId.toString(),
					"crash-" + eventId.toString().substring(0, 8), this.json.writeValueAsBytes(event));
		}

	}

}
