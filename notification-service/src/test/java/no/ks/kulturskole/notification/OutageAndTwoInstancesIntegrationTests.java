package no.ks.kulturskole.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.Material;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.confirmation.application.DelegateInvitations;
import no.ks.kulturskole.notification.confirmation.application.DelegateMails;
import no.ks.kulturskole.notification.confirmation.application.DelegationReplica;
import no.ks.kulturskole.notification.confirmation.application.Schedule;
import no.ks.kulturskole.notification.confirmation.application.ScheduledMails;
import no.ks.kulturskole.notification.confirmation.application.WorkshopReplica;
import no.ks.kulturskole.notification.mail.application.MailDelivery;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.application.MailTemplates;
import no.ks.kulturskole.notification.mail.application.MailTransport;
import no.ks.kulturskole.notification.mail.application.SecretOpener;
import no.ks.kulturskole.notification.mail.infrastructure.SeparateMailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.notification.mail.model.RetryPolicy;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutageAndTwoInstancesIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ScheduledMails thisInstance;

	@Autowired
	Schedule schedule;

	@Autowired
	WorkshopReplica workshops;

	@Autowired
	DelegationReplica delegations;

	@Autowired
	DelegateInvitations invitations;

	@Autowired
	MailTemplates templates;

	@Autowired
	MailDelivery delivery;

	@Autowired
	MailTransport transport;

	@Autowired
	SecretOpener secrets;

	@Autowired
	RetryPolicy retryPolicy;

	@Autowired
	OutboxEntries outboxEntries;

	@Autowired
	MongoClient mongoClient;

	@AfterEach
	void back() {
		SMTP.up();
		this.clock.reset();
	}

	@Test
	void everyMailOfARegistrationWaitsWhileTheSmtpServerIsDownAndArrivesOnceAfterwards() {
		DelegationRegistered registered = aDelegationRegistered(SeatStatus.CONFIRMED);
		List<ParticipantRegistered> delegates = List.of(aDelegate(registered), aDelegate(registered),
				aDelegate(registered));

		SMTP.down();
		register(registered, delegates);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.mailLog.find(null, registered.delegationId(), 10)).hasSize(4)
				.allSatisfy((entry) -> {
					assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
					assertThat(entry.lastError()).startsWith("SMTP");
				}));
		assertThat(Mailbox.messagesTo(registered.coordinator().email())).isEmpty();
		SMTP.up();

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.mailLog.find(null, registered.delegationId(), 10))
				.extracting(MailLogEntry::status)
				.containsOnly(MailStatus.SENT));
		assertThat(Mailbox.messagesTo(registered.coordinator().email())).hasSize(1);
		for (ParticipantRegistered delegate : delegates) {
			assertThat(Mailbox.messagesTo(delegate.email())).hasSize(1);
		}
	}

	/**
	 * Only the schedule's claim may keep two instances from sending the same mailing. So
	 * that nothing else can: the second instance has an e-mail log of its own (the mail
	 * keys cannot hide a mailing claimed twice) and GreenMail counts what reached SMTP;
	 * the first instance holds the mailing it claimed while the second polls; and both
	 * have a clock of their own, so that the service's own poller, on the shared clock,
	 * does not take the mailing from them.
	 */
	@Test
	void twoInstancesPollingTheScheduleAtOnceSendEachScheduledMailOnce() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(100)).truncatedTo(ChronoUnit.HOURS);
		String workshopId = UUID.randomUUID().toString();
		String sessionId = "s-" + workshopId.substring(0, 8);
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "To instanser",
				"Beskrivelse", "Program", WorkshopFormat.ONLINE, null, "nb", start.minus(Duration.ofDays(20)), 1, null,
				false, List.of(new SessionDetails(sessionId, start, start.plus(Duration.ofHours(2)), 30,
						"https://meet.example/to"))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);
		DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), UUID.randomUUID().toString(),
				workshopId, Instant.now(), 1, sessionId, SeatStatus.CONFIRMED,
				new Organisation("1804", "Bodø", "18", "Nordland"), new Contact("Kari Nordmann",
						"koordinator-" + workshopId.substring(0, 8) + "@bodo.kommune.example", null),
				3, "To instanser", start, start.plus(Duration.ofHours(2)), "nb");
		List<ParticipantRegistered> delegates = List.of(aDelegate(registered), aDelegate(registered),
				aDelegate(registered));
		register(registered, delegates);
		delegates.forEach(
				(delegate) -> await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1));
		publishWorkshop(new MaterialsPublished(UUID.randomUUID(), workshopId, Instant.now(), 1,
				List.of(new Material("Program", null)), List.of(), null));
		await().atMost(PATIENCE)
			.until(() -> this.mongo.findById("MATERIALS:" + workshopId + "/" + sessionId, Document.class,
					"scheduled_mails") != null);
		Clock instancesClock = Clock.offset(Clock.systemUTC(),
				Duration.between(Instant.now(), start.minus(Duration.ofDays(7))));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// holds this workshop's material only: the instances also find other tests' items
		// due by their clock, and send those as they come
		MailTemplates holdingTemplates = (template, language, variables) -> {
			if (!"To instanser".equals(variables.get("workshopTitle"))) {
				return this.templates.render(template, language, variables);
			}
			holding.countDown();
			try {
				release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return this.templates.render(template, language, variables);
		};
		ScheduledMails oneInstance = new ScheduledMails(this.schedule, this.workshops, this.delegations,
				this.invitations, new DelegateMails(this.invitations, holdingTemplates, this.delivery), instancesClock,
				Duration.ofMinutes(5), Duration.ofDays(3));
		MongoTemplate otherDatabase = new MongoTemplate(
				new SimpleMongoClientDatabaseFactory(this.mongoClient, "other-instance-" + workshopId.substring(0, 8)),
				this.mongo.getConverter());
		MailLog otherLog = SeparateMailLog.over(otherDatabase, this.outboxEntries);
		try (MailDelivery otherDelivery = new MailDelivery(otherLog, this.transport, this.secrets, this.retryPolicy,
				instancesClock, new SimpleMeterRegistry(), 2, 100, Duration.ofSeconds(30))) {
			ScheduledMails otherInstance = new ScheduledMails(this.schedule, this.workshops, this.delegations,
					this.invitations, new DelegateMails(this.invitations, this.templates, otherDelivery),
					instancesClock, Duration.ofMinutes(5), Duration.ofDays(3));

			CompletableFuture<Integer> one = CompletableFuture.supplyAsync(oneInstance::sendDue);
			assertThat(holding.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the first instance claimed").isTrue();
			otherInstance.sendDue();
			release.countDown();

			one.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			assertThat(otherLog.find(workshopId, null, 50))
				.as("mails of the material the other instance sent while the first held its claim")
				.isEmpty();
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(Stream.concat(this.mailLog.find(workshopId, null, 50).stream(),
						otherLog.find(workshopId, null, 50).stream()))
					.filteredOn((entry) -> entry.kind() == MailKind.MATERIALS)
					.hasSize(3)
					.allSatisfy((entry) -> assertThat(entry.status()).isEqualTo(MailStatus.SENT)));
			for (ParticipantRegistered delegate : delegates) {
				assertThat(Mailbox.messagesTo(delegate.email())).extracting(Mailbox::subject)
					.containsExactly("Du er påmeldt: To instanser", "Forberedelse: To instanser");
			}
		}
		finally {
			release.countDown();
			otherDatabase.getDb().drop();
		}
		assertThat(this.mongo.findById("MATERIALS:" + workshopId + "/" + sessionId, Document.class, "scheduled_mails")
			.getString("status")).isEqualTo("DONE");
	}

	@Test
	void anItemClaimedByAnInstanceThatDiedIsSentByAnotherOnceItsLeaseRunsOut() throws Exception {
		Instant start = Instant.now().plus(Duration.ofDays(110)).truncatedTo(ChronoUnit.HOURS);
		String workshopId = UUID.randomUUID().toString();
		String sessionId = "s-" + workshopId.substring(0, 8);
		publishWorkshop(new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "Etter krasj",
				"Beskrivelse", "Program", WorkshopFormat.ONLINE, null, "nb", start.minus(Duration.ofDays(20)), 1, null,
				false, List.of(new SessionDetails(sessionId, start, start.plus(Duration.ofHours(2)), 30,
						"https://meet.example/krasj"))));
		await().atMost(PATIENCE).until(() -> this.mongo.findById(workshopId, Document.class, "workshops") != null);
		DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), UUID.randomUUID().toString(),
				workshopId, Instant.now(), 1, sessionId, SeatStatus.CONFIRMED,
				new Organisation("1804", "Bodø", "18", "Nordland"), new Contact("Kari Nordmann",
						"koordinator-" + workshopId.substring(0, 8) + "@bodo.kommune.example", null),
				1, "Etter krasj", start, start.plus(Duration.ofHours(2)), "nb");
		ParticipantRegistered delegate = aDelegate(registered);
		register(registered, List.of(delegate));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 1);
		String reminder = "REMINDER:" + workshopId + "/" + sessionId;
		Instant due = start.minus(Duration.ofDays(1));
		// an instance claimed the reminder and died before sending it
		this.mongo.updateFirst(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(reminder)),
				new org.springframework.data.mongodb.core.query.Update().set("owner", "instance-that-died")
					.set("leaseUntil", due.plus(Duration.ofMinutes(5))),
				"scheduled_mails");

		this.clock.setTo(due);
		this.thisInstance.sendDue();
		assertThat(this.mailLog.find(workshopId, null, 10)).extracting(MailLogEntry::kind)
			.doesNotContain(MailKind.REMINDER);

		this.clock.setTo(due.plus(Duration.ofMinutes(5)));
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(delegate.email()).size() == 2);
		assertThat(Mailbox.messagesTo(delegate.email()).get(1).getSubject())
			.isEqualTo("Påminnelse: Etter krasj i morgen");
		await().atMost(PATIENCE)
			.until(() -> "DONE"
				.equals(this.mongo.findById(reminder, Document.class, "scheduled_mails").getString("status")));
		assertThat(Mailbox.messagesTo(delegate.email())).hasSize(2);
	}

	private static ParticipantRegistered aDelegate(DelegationRegistered registered) {
		return new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), registered.workshopId(),
				registered.occurredAt(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804",
				"Ola Nordmann", "delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example",
				"Lærer", RoleCategory.KULTURSKOLE);
	}

}
