package no.ks.kulturskole.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

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
	DelegateMails mails;

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

	@Test
	void twoInstancesPollingTheScheduleAtOnceSendEachScheduledMailOnce() {
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
		ScheduledMails otherInstance = new ScheduledMails(this.schedule, this.workshops, this.delegations,
				this.invitations, this.mails, this.clock, Duration.ofMinutes(5), Duration.ofDays(3));

		this.clock.setTo(start.minus(Duration.ofDays(7)));
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.thisInstance::sendDue);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(otherInstance::sendDue);
		CompletableFuture.allOf(one, two).join();

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.mailLog.find(workshopId, null, 50))
				.filteredOn((entry) -> entry.kind() == MailKind.MATERIALS)
				.hasSize(3)
				.allSatisfy((entry) -> assertThat(entry.status()).isEqualTo(MailStatus.SENT)));
		for (ParticipantRegistered delegate : delegates) {
			assertThat(Mailbox.messagesTo(delegate.email())).extracting(Mailbox::subject)
				.containsExactly("Du er påmeldt: To instanser", "Forberedelse: To instanser");
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
