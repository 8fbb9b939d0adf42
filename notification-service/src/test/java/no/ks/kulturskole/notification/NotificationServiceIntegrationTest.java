package no.ks.kulturskole.notification;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
				"spring.mail.properties.mail.smtp.timeout=5000", "spring.mail.properties.mail.smtp.writetimeout=5000" })
abstract class NotificationServiceIntegrationTest {

	static final SmtpSwitch SMTP = new SmtpSwitch(TestInfrastructure.smtp().getSmtp().getPort());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		TestInfrastructure.registerSmtp(registry);
		// the service talks to GreenMail through the switch
		registry.add("spring.mail.port", SMTP::port);
	}

	@Autowired
	JsonMapper json;

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

	void publish(DelegationRegistered event, String correlationId) {
		RegistrationEventsTopic.publish(event.workshopId(), "DelegationRegistered", event.eventId().toString(),
				correlationId, this.json.writeValueAsBytes(event));
	}

	static String aCorrelationId() {
		return "it-" + UUID.randomUUID();
	}

}
