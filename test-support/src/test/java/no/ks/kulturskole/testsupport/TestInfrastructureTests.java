package no.ks.kulturskole.testsupport;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import no.ks.kulturskole.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The infrastructure every integration test of the services stands on: one real broker,
 * one MongoDB wire-protocol server and one SMTP server per test JVM, and a probe that
 * reads what producers wrote with the headers they wrote it with.
 */
class TestInfrastructureTests {

	@Test
	void everyTestInAJvmGetsTheSameBrokerMongoServerAndSmtpServer() {
		assertThat(TestInfrastructure.kafka()).isSameAs(TestInfrastructure.kafka());
		assertThat(TestInfrastructure.mongoUri()).isEqualTo(TestInfrastructure.mongoUri());
		assertThat(TestInfrastructure.smtp()).isSameAs(TestInfrastructure.smtp());
	}

	@Test
	void theProbeReadsRecordsOfOneKeyInOrderWithTheirCloudEventsHeaders() throws Exception {
		String bootstrap = TestInfrastructure.kafka().getBrokersAsString();
		String key = UUID.randomUUID().toString();
		try (TopicProbe probe = new TopicProbe(bootstrap, Topics.REGISTRATION_EVENTS);
				KafkaProducer<String, String> producer = new KafkaProducer<>(
						Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
						new StringSerializer(), new StringSerializer())) {
			producer.send(record(key, "DelegationRegistered", "e-1")).get();
			producer.send(record(key, "ParticipantRegistered", "e-2")).get();

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(probe.records()).filteredOn(published -> key.equals(published.key()))
					.extracting(TopicProbe.PublishedRecord::type, TopicProbe.PublishedRecord::eventId,
							TopicProbe.PublishedRecord::correlationId)
					.containsExactly(tuple("DelegationRegistered", "e-1", "korrelasjon-1"),
							tuple("ParticipantRegistered", "e-2", "korrelasjon-1")));
			assertThat(probe.recordsOfType("ParticipantRegistered"))
				.filteredOn(published -> key.equals(published.key()))
				.singleElement()
				.satisfies(published -> assertThat(published.value()).contains("ParticipantRegistered"));
		}
	}

	@Test
	void theMongoServerAcceptsConnectionsAtItsUri() throws Exception {
		URI uri = URI.create(TestInfrastructure.mongoUri());
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
			assertThat(socket.isConnected()).isTrue();
		}
	}

	@Test
	void aMailSentOverSmtpIsReceivedByTheServer() {
		String recipient = "mottaker-" + UUID.randomUUID() + "@kulturskole.example";
		GreenMailUtil.sendTextEmail(recipient, "avsender@kulturskole.example", "Prøve", "Hei",
				TestInfrastructure.smtp().getSmtp().getServerSetup());

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(TestInfrastructure.smtp().getReceivedMessagesForDomain(recipient)).singleElement()
						.satisfies(message -> assertThat(message.getSubject()).isEqualTo("Prøve")));
	}

	private static ProducerRecord<String, String> record(String key, String type, String eventId) {
		ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REGISTRATION_EVENTS, key,
				"{\"type\":\"" + type + "\"}");
		record.headers()
			.add("ce_type", type.getBytes(StandardCharsets.UTF_8))
			.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8))
			.add("correlation_id", "korrelasjon-1".getBytes(StandardCharsets.UTF_8));
		return record;
	}

}
