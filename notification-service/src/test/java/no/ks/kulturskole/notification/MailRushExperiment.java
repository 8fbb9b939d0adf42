package no.ks.kulturskole.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.awaitility.Awaitility.await;

/**
 * Not a test: a local experiment that measures how fast a registration rush's mails reach
 * the SMTP server (GreenMail) in a test JVM. It asserts nothing about time; it prints the
 * figures. Run it on purpose:
 * {@code ./mvnw -B -o -pl notification-service verify -Dtest=MailRushExperiment -Drush.experiment=true}
 * (optionally {@code -Drush.delegations=357}).
 */
@EnabledIfSystemProperty(named = "rush.experiment", matches = "true")
class MailRushExperiment extends NotificationServiceIntegrationTest {

	@Test
	void aRushOfDelegationsOfFour() throws Exception {
		int delegations = Integer.getInteger("rush.delegations", 357);
		// warm up the path (templates, JIT, connections) with a small rush first
		rush(20, "warm-up");
		rush(delegations, "rush");
	}

	private void rush(int delegations, String label) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String domain = "@rush-" + run + ".example";
		String workshopId = UUID.randomUUID().toString();
		String sessionId = "session-" + workshopId.substring(0, 8);
		Instant start = Instant.parse("2027-03-10T08:00:00Z");
		List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
		for (int i = 0; i < delegations; i++) {
			DelegationRegistered registered = new DelegationRegistered(UUID.randomUUID(), UUID.randomUUID().toString(),
					workshopId, Instant.now(), 1, sessionId, SeatStatus.CONFIRMED,
					new Organisation("1804", "Bodø", "18", "Nordland"),
					new Contact("Kari Nordmann", "k" + i + domain, "+47 900 00 000"), 4, "Rush", start,
					start.plus(Duration.ofHours(2)), "nb");
			records.add(record("DelegationRegistered", registered.eventId(), workshopId, registered));
			for (int j = 0; j < 4; j++) {
				ParticipantRegistered delegate = new ParticipantRegistered(UUID.randomUUID(), registered.delegationId(),
						workshopId, registered.occurredAt(), 1, UUID.randomUUID().toString(), sessionId, "1804",
						"Ola Nordmann " + j, "d" + i + "-" + j + domain, "Lærer", RoleCategory.KULTURSKOLE);
				records.add(record("ParticipantRegistered", delegate.eventId(), workshopId, delegate));
			}
			ManageLinkIssued link = new ManageLinkIssued(UUID.randomUUID(), registered.delegationId(), workshopId,
					Instant.now(), ManageLinkIssued.SCHEMA_VERSION,
					SEAL.seal("hemmelig-" + i, registered.delegationId()), ManageLinkIssued.Reason.REGISTERED, "nb");
			records.add(record("ManageLinkIssued", link.eventId(), workshopId, link));
		}
		int expected = delegations * 5;
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().getBrokersAsString(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
				new StringSerializer(), new ByteArraySerializer())) {
			long t0 = System.nanoTime();
			records.forEach(producer::send);
			producer.flush();
			long published = System.nanoTime();
			await().atMost(Duration.ofMinutes(15))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> count(domain) >= expected);
			long done = System.nanoTime();
			double total = (done - t0) / 1e9;
			System.out.printf(
					"MAIL-RUSH %s: %d delegations, %d events, %d mails; published in %.1f s; "
							+ "all mails in SMTP %.1f s after the first event, %.1f s after the last; %.1f mails/s%n",
					label, delegations, records.size(), expected, (published - t0) / 1e9, total,
					(done - published) / 1e9, expected / total);
		}
	}

	private ProducerRecord<String, byte[]> record(String type, UUID eventId, String key, Object event) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REGISTRATION_EVENTS, key,
				this.json.writeValueAsBytes(event));
		record.headers()
			.add(EventHeaders.ID, bytes(eventId.toString()))
			.add(EventHeaders.TYPE, bytes(type))
			.add(EventHeaders.SOURCE, bytes("/kulturskole/registration-service"))
			.add(EventHeaders.SPEC_VERSION, bytes("1.0"))
			.add(EventHeaders.CORRELATION_ID, bytes("rush-" + eventId));
		return record;
	}

	private static long count(String domain) {
		return Arrays.stream(TestInfrastructure.smtp().getReceivedMessages())
			.filter((message) -> addressedTo(message, domain))
			.count();
	}

	private static boolean addressedTo(MimeMessage message, String domain) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && to.length > 0 && to[0].toString().endsWith(domain);
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
