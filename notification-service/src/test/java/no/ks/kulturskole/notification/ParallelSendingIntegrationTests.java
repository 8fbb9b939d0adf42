package no.ks.kulturskole.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registration rush's mails go out in parallel: the listener stores each e-mail and
 * hands it to a fixed set of senders, as many as the SMTP bulkhead lets through, which
 * hold their SMTP conversations at the same time. Observed on the SMTP side, through the
 * relay in front of GreenMail.
 */
class ParallelSendingIntegrationTests extends NotificationServiceIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	MailLog mailLog;

	@Autowired
	BulkheadRegistry bulkheads;

	@Autowired
	Environment environment;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void openAgain() {
		SMTP.release();
		SMTP.up();
	}

	@Test
	void mailsOfManyDelegationsAreInSmtpConversationsAtOnceAsManyAsTheBulkheadAllowsAndNoMore() {
		int senders = this.environment.getRequiredProperty("platform.mail.senders", Integer.class);
		assertThat(senders).isEqualTo(this.bulkheads.bulkhead("smtp").getBulkheadConfig().getMaxConcurrentCalls())
			.isGreaterThan(1);
		// three delegations of four: fifteen mails, more than there are senders
		List<Registration> registrations = List.of(aRegistration(), aRegistration(), aRegistration());

		SMTP.hold();
		registrations.forEach((registration) -> register(registration.registered(), registration.delegates()));

		// every sender is in a conversation the server does not answer, and mails are
		// stored and waiting for them: no further conversation is opened for those
		await().atMost(PATIENCE).until(() -> SMTP.held() == senders && queued() > 0);
		assertThat(SMTP.held()).isEqualTo(senders);
		SMTP.release();

		for (Registration registration : registrations) {
			for (String recipient : registration.recipients()) {
				await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(recipient).size() == 1);
			}
		}
		for (Registration registration : registrations) {
			await().atMost(PATIENCE)
				.untilAsserted(
						() -> assertThat(this.mailLog.find(registration.registered().workshopId(), null, 10)).hasSize(5)
							.extracting(MailLogEntry::status)
							.containsOnly(MailStatus.SENT));
			for (String recipient : registration.recipients()) {
				assertThat(Mailbox.messagesTo(recipient)).hasSize(1);
			}
		}
	}

	@Test
	void theSameRegistrationsDeliveredThreeTimesWhileMailsAreSentInParallelGiveEveryoneOneMail() {
		int senders = this.environment.getRequiredProperty("platform.mail.senders", Integer.class);
		String workshopId = UUID.randomUUID().toString();
		List<Registration> registrations = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			registrations.add(aRegistration(workshopId));
		}
		List<Runnable> events = new ArrayList<>();
		registrations.forEach((registration) -> events.addAll(eventsOf(registration)));

		// the first conversations start only together, so the rest is sent while the
		// copies of the events arrive
		SMTP.holdUntilTogether(senders);
		for (int delivery = 0; delivery < 3; delivery++) {
			events.forEach(Runnable::run);
		}
		// a later registration in the same partition: once its mails are out, every copy
		// before it has been handled
		Registration later = aRegistration(workshopId);
		register(later.registered(), later.delegates());
		for (String recipient : later.recipients()) {
			await().atMost(PATIENCE).until(() -> Mailbox.messagesTo(recipient).size() == 1);
		}
		assertThat(SMTP.released()).isTrue();

		// all stored and all sent: nothing is left that could still go out
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.mailLog.find(workshopId, null, 100)).hasSize(6 * 5)
				.extracting(MailLogEntry::status)
				.containsOnly(MailStatus.SENT));
		for (Registration registration : registrations) {
			for (String recipient : registration.recipients()) {
				assertThat(Mailbox.messagesTo(recipient)).hasSize(1);
			}
		}
	}

	private double queued() {
		return this.meters.get("notification.mails.queued").gauge().value();
	}

	/**
	 * A registration as registration-service publishes it, each event a fixed record so
	 * that publishing it again is a redelivery of the same event.
	 */
	private List<Runnable> eventsOf(Registration registration) {
		DelegationRegistered registered = registration.registered();
		ManageLinkIssued link = new ManageLinkIssued(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), registered.occurredAt(), ManageLinkIssued.SCHEMA_VERSION,
				SEAL.seal("hemmelig-" + registered.delegationId(), registered.delegationId()),
				ManageLinkIssued.Reason.REGISTERED, registered.language());
		byte[] registeredJson = this.json.writeValueAsBytes(registered);
		byte[] linkJson = this.json.writeValueAsBytes(link);
		String correlationId = aCorrelationId();
		List<Runnable> events = new ArrayList<>();
		events.add(() -> RegistrationEventsTopic.publish(registered.workshopId(), "DelegationRegistered",
				registered.eventId().toString(), correlationId, registeredJson));
		registration.delegates().forEach((delegate) -> events.add(() -> publishRegistration(delegate)));
		events.add(() -> RegistrationEventsTopic.publish(registered.workshopId(), "ManageLinkIssued",
				link.eventId().toString(), correlationId, linkJson));
		return events;
	}

	private static Registration aRegistration() {
		return aRegistration(UUID.randomUUID().toString());
	}

	private static Registration aRegistration(String workshopId) {
		DelegationRegistered registered = aDelegationRegistered(workshopId, SeatStatus.CONFIRMED);
		List<ParticipantRegistered> delegates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			delegates.add(new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(), workshopId,
					registered.occurredAt(), 1, UUID.randomUUID().toString(), registered.sessionId(), "1804",
					"Ola Nordmann " + i,
					"delegat-" + UUID.randomUUID().toString().substring(0, 8) + "@bodo.kommune.example", "Lærer",
					RoleCategory.KULTURSKOLE));
		}
		return new Registration(registered, delegates);
	}

	record Registration(DelegationRegistered registered, List<ParticipantRegistered> delegates) {

		List<String> recipients() {
			List<String> recipients = new ArrayList<>();
			recipients.add(this.registered.coordinator().email());
			this.delegates.forEach((delegate) -> recipients.add(delegate.email()));
			return recipients;
		}

	}

}
