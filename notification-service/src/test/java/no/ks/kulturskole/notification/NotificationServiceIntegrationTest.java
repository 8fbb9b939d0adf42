package no.ks.kulturskole.notification;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against the JVM's real Kafka, MongoDB and GreenMail. Every
 * integration test class extends this one, so they share one application context (and one
 * consumer in group notification-service). GreenMail is reached through
 * {@link SmtpSwitch}, so a test can take "the SMTP server" down without stopping the
 * shared GreenMail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.mail.retry-interval=200ms", "platform.mail.initial-backoff=300ms",
				"platform.mail.max-backoff=1s", "platform.mail.lease=20s",
				"spring.mail.properties.mail.smtp.connectiontimeout=2000",
				"spring.mail.properties.mail.smtp.timeout=5000", "spring.mail.properties.mail.smtp.writetimeout=5000",
				"platform.mail.smtp-resilience.retry-wait=100ms", "platform.mail.smtp-resilience.open-wait=1s",
				"platform.schedule.poll-interval=300ms", "platform.gateway-url=https://kulturskole.example",
				// the tests run retention themselves, on a clock they move
				"platform.privacy.retention.initial-delay=P1D" })
@Import(ShiftableClock.Configuration.class)
abstract class NotificationServiceIntegrationTest {

	static final SmtpSwitch SMTP = new SmtpSwitch(TestInfrastructure.smtp().getSmtp().getPort());

	/** The key registration-service would seal manage-link secrets with. */
	static final String SEAL_KEY = SecretSeal.generateKey();

	static final SecretSeal SEAL = SecretSeal.withKey(SEAL_KEY);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		TestInfrastructure.registerSmtp(registry);
		// the service talks to GreenMail through the switch
		registry.add("spring.mail.port", SMTP::port);
		registry.add("platform.secret-seal.key", () -> SEAL_KEY);
		CallerTokens.trustedBy(registry);
	}

	@Autowired
	JsonMapper json;

	@Autowired
	ShiftableClock clock;

	/** A delegation of a fresh workshop, with a recipient no other test uses. */
	static DelegationRegistered aDelegationRegistered(SeatStatus status) {
		return aDelegationRegistered(UUID.randomUUID().toString(), status);
	}

	static DelegationRegistered aDelegationRegistered(String workshopId, SeatStatus status) {
		String delegationId = UUID.randomUUID().toString();
		String recipient = "koordinator-" + delegationId.substring(0, 8) + "@bodo.kommune.example";
		return new DelegationRegistered(UUID.randomUUID(), delegationId, workshopId, Instant.now(), 1,
				"session-" + workshopId.substring(0, 8), status, new Organisation("1804", "Bodø", "18", "Nordland"),
				new Contact("Kari Nordmann", recipient, "+47 900 00 000"), 3, "Kulturskolen som lokalt ressurssenter",
				Instant.parse("2027-03-10T08:00:00Z"), Instant.parse("2027-03-10T10:30:00Z"), "nb");
	}

	/**
	 * As registration-service writes a registration: the delegation, then (in the same
	 * partition) its manage link, which is what the coordinator's confirmation waits for.
	 */
	void publish(DelegationRegistered event, String correlationId) {
		RegistrationEventsTopic.publish(event.workshopId(), "DelegationRegistered", event.eventId().toString(),
				correlationId, this.json.writeValueAsBytes(event));
		publishManageLink(event, "hemmelig-" + UUID.randomUUID(), ManageLinkIssued.Reason.REGISTERED, correlationId);
	}

	/**
	 * A registration with its delegates, in registration-service's order: delegation,
	 * delegates, manage link.
	 */
	void register(DelegationRegistered event, java.util.List<ParticipantRegistered> delegates) {
		RegistrationEventsTopic.publish(event.workshopId(), "DelegationRegistered", event.eventId().toString(),
				aCorrelationId(), this.json.writeValueAsBytes(event));
		delegates.forEach(this::publishRegistration);
		publishManageLink(event, "hemmelig-" + UUID.randomUUID(), ManageLinkIssued.Reason.REGISTERED, aCorrelationId());
	}

	/** A manage link with this secret, sealed as registration-service seals it. */
	ManageLinkIssued publishManageLink(DelegationRegistered registered, String secret, ManageLinkIssued.Reason reason,
			String correlationId) {
		ManageLinkIssued issued = new ManageLinkIssued(UUID.randomUUID(), registered.delegationId(),
				registered.workshopId(), Instant.now(), ManageLinkIssued.SCHEMA_VERSION,
				SEAL.seal(secret, registered.delegationId()), reason, registered.language());
		RegistrationEventsTopic.publish(registered.workshopId(), "ManageLinkIssued", issued.eventId().toString(),
				correlationId, this.json.writeValueAsBytes(issued));
		return issued;
	}

	/** Any other registration event, keyed by workshop as registration-service does. */
	void publishRegistration(no.ks.kulturskole.contracts.registration.DelegationEvent event) {
		RegistrationEventsTopic.publish(event.workshopId(), event.getClass().getSimpleName(),
				event.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(event));
	}

	void publishWorkshop(WorkshopEvent event) {
		RegistrationEventsTopic.publishTo(Topics.WORKSHOP_EVENTS, event.workshopId(), event.getClass().getSimpleName(),
				event.eventId().toString(), aCorrelationId(), this.json.writeValueAsBytes(event));
	}

	static String aCorrelationId() {
		return "it-" + UUID.randomUUID();
	}

}
