package no.ks.kulturskole.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DelegationConfirmationMailIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	MailLog mailLog;

	@Autowired
	MongoTemplate mongo;

	@Test
	void theCoordinatorOfARegisteredDelegationGetsAConfirmationInBokmal() throws Exception {
		DelegationRegistered event = aDelegationRegistered(SeatStatus.CONFIRMED);
		String recipient = event.coordinator().email();

		publish(event, aCorrelationId());

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(recipient).size() == 1);
		MimeMessage mail = Mailbox.messagesTo(recipient).get(0);
		assertThat(mail.getSubject()).isEqualTo("Påmelding mottatt: Kulturskolen som lokalt ressurssenter");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("verksted@kulturskole.example");
		assertThat(from.getPersonal()).isEqualTo("KS og Norsk kulturskoleråd");
		assertThat(mail.getContentType()).startsWith("multipart/");
		assertThat(Mailbox.text(mail)).startsWith("Hei Kari Nordmann,")
			.contains("onsdag 10. mars 2027 kl. 09:00\u201311:30")
			.contains("Kommune:           Bodø")
			.contains("Antall deltakere:  3")
			.contains("Status:            bekreftet")
			.contains("KS og Norsk kulturskoleråd");
		assertThat(Mailbox.html(mail)).contains("<td>onsdag 10. mars 2027 kl. 09:00\u201311:30</td>")
			.contains("<strong>bekreftet</strong>");
		assertThat(mail.getHeader("X-Kulturskole-Notification-Id")).singleElement()
			.asString()
			.startsWith("DELEGATION_CONFIRMATION:" + event.workshopId())
			.doesNotContain(recipient);

		await().atMost(PATIENCE).until(() -> logOf(event).status() == MailStatus.SENT);
		MailLogEntry logged = logOf(event);
		assertThat(logged.template()).matches("delegation-confirmation/nb@[0-9a-f]{8}");
		assertThat(logged.attempts()).isEqualTo(1);
		assertThat(logged.sentAt()).isNotNull();
	}

	@Test
	void aWaitlistedDelegationIsToldItIsOnTheWaitingList() {
		DelegationRegistered event = aDelegationRegistered(SeatStatus.WAITLISTED);

		publish(event, aCorrelationId());

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(event.coordinator().email()).size() == 1);
		assertThat(Mailbox.text(Mailbox.messagesTo(event.coordinator().email()).get(0)))
			.contains("Status:            på venteliste")
			.contains("står på venteliste som én gruppe");
	}

	@Test
	void notificationSentIsPublishedWithTheCorrelationIdOfTheRegistration() {
		DelegationRegistered event = aDelegationRegistered(SeatStatus.CONFIRMED);
		String correlationId = aCorrelationId();

		try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.NOTIFICATION_EVENTS)) {
			publish(event, correlationId);

			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(sentFor(probe, event)).singleElement().satisfies((record) -> {
					assertThat(record.key()).isEqualTo(event.workshopId());
					assertThat(record.correlationId()).isEqualTo(correlationId);
					assertThat(record.value()).contains("\"kind\":\"DELEGATION_CONFIRMATION\"")
						.contains("\"template\":\"delegation-confirmation/nb@")
						.contains("\"notificationId\":\"" + logOf(event).id() + "\"")
						.doesNotContain(event.coordinator().email());
				}));
		}
		// relayed means removed from the mail's outbox
		await().atMost(PATIENCE).until(() -> outboxOf(event).isEmpty());
	}

	@Test
	void theSameEventDeliveredThreeTimesSendsExactlyOneMail() {
		DelegationRegistered event = aDelegationRegistered(SeatStatus.CONFIRMED);
		String correlationId = aCorrelationId();
		// same workshop, so the same partition: handled only after the three copies
		DelegationRegistered sentinel = aDelegationRegistered(event.workshopId(), SeatStatus.CONFIRMED);

		publish(event, correlationId);
		publish(event, correlationId);
		publish(event, correlationId);
		publish(sentinel, aCorrelationId());

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(sentinel.coordinator().email()).size() == 1);
		assertThat(Mailbox.messagesTo(event.coordinator().email())).hasSize(1);
		assertThat(this.mailLog.find(null, event.delegationId(), 10)).singleElement()
			.satisfies((entry) -> assertThat(entry.attempts()).isEqualTo(1));
	}

	@Test
	void mailsWaitWhileTheSmtpServerIsDownAndGoOutWhenItIsBack() {
		DelegationRegistered event = aDelegationRegistered(SeatStatus.CONFIRMED);
		String recipient = event.coordinator().email();

		SMTP.down();
		try {
			publish(event, aCorrelationId());

			// stored, tried, and tried again by the retrier while the server is away
			await().atMost(PATIENCE).untilAsserted(() -> assertThat(logOf(event)).satisfies((entry) -> {
				assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
				assertThat(entry.attempts()).isGreaterThanOrEqualTo(2);
				assertThat(entry.lastError()).startsWith("SMTP").doesNotContain(recipient);
			}));
			assertThat(Mailbox.messagesTo(recipient)).isEmpty();
		}
		finally {
			SMTP.up();
		}

		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(recipient).size() == 1);
		await().atMost(PATIENCE).until(() -> logOf(event).status() == MailStatus.SENT);
		assertThat(Mailbox.messagesTo(recipient)).hasSize(1);
	}

	@Test
	void unknownEventTypesAreSkippedWithoutDeadLettering() {
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered registered = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);

		// a type this service has never heard of, as a newer registration-service may
		// send
		RegistrationEventsTopic.publish(workshopId, "DelegationTeleported", UUID.randomUUID().toString(),
				aCorrelationId(), "{\"type\":\"DelegationTeleported\",\"workshopId\":\"%s\"}".formatted(workshopId)
					.getBytes(StandardCharsets.UTF_8));
		publish(registered, aCorrelationId());

		// same key, same partition: once this one is handled, the one before it was
		await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(registered.coordinator().email()).size() == 1);
		assertThat(this.mailLog.find(workshopId, null, 10)).singleElement()
			.satisfies((entry) -> assertThat(entry.delegationId()).isEqualTo(registered.delegationId()));
		assertThat(RegistrationEventsTopic.deadLetterKeys()).doesNotContain(workshopId);
	}

	private MailLogEntry logOf(DelegationRegistered event) {
		List<MailLogEntry> entries = this.mailLog.find(event.workshopId(), event.delegationId(), 10);
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private List<PublishedRecord> sentFor(TopicProbe probe, DelegationRegistered event) {
		return probe.recordsOfType("NotificationSent")
			.stream()
			.filter((record) -> record.value().contains(event.delegationId()))
			.toList();
	}

	private List<Document> outboxOf(DelegationRegistered event) {
		return this.mongo.findById(logOf(event).id(), Document.class, "mails").getList("outbox", Document.class);
	}

}
