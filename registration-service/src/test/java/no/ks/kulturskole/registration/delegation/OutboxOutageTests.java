package no.ks.kulturskole.registration.delegation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.registration.RunningService;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import org.bson.Document;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "With the broker stopped, a registration is acknowledged; after the broker is back, its
 * events arrive exactly once." The shared broker cannot be stopped, so this context has a
 * broker of its own on a fixed port, stopped and replaced by a new, empty one on the same
 * port. Its own context, closed after the class, so no other test talks to a broker that
 * comes and goes.
 */
@DirtiesContext
class OutboxOutageTests extends RunningService {

	private static int port;

	private static EmbeddedKafkaKraftBroker broker;

	@DynamicPropertySource
	static void ownBroker(DynamicPropertyRegistry registry) {
		port = freePort();
		broker = startBroker(port);
		registry.add("spring.kafka.bootstrap-servers", OutboxOutageTests::fixedAddress);
		registry.add("spring.cloud.stream.kafka.binder.brokers", OutboxOutageTests::fixedAddress);
		String database = "outage-" + UUID.randomUUID();
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri() + "/" + database);
		registry.add("spring.mongodb.database", () -> database);
	}

	@Autowired
	MeterRegistry meters;

	@Test
	void withTheBrokerStoppedARegistrationIsAcknowledgedAndItsEventsArriveExactlyOnceWhenItIsBack() {
		String workshopId = scheduleWorkshop(2, null, false, inThirtyDays(), 40).workshopId();
		// with the broker up, a first registration goes through, so that the producer is
		// connected when the broker goes away
		String before = delegationIdOf(register(workshopId, registration("0301", 2)));
		try (TopicProbe firstBroker = new TopicProbe(fixedAddress(), Topics.REGISTRATION_EVENTS)) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(eventsOf(firstBroker, before)).hasSize(4));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> outbox(workshopId).isEmpty());

		broker.destroy();
		double failuresBefore = relayFailures();
		HttpResponse<String> duringOutage = register(workshopId, registration("4601", 3));

		assertThat(duringOutage.statusCode()).as(duringOutage.body()).isEqualTo(201);
		String delegationId = delegationIdOf(duringOutage);
		// the relay tries, fails, and leaves the events where they are
		await().atMost(Duration.ofSeconds(60)).until(() -> relayFailures() > failuresBefore);
		List<Document> pending = outbox(workshopId);
		// the announcement of the delegation's data key first (for privacy.keys), then
		// its
		// events (for registration.events)
		assertThat(pending).extracting(entry -> entry.getString("type"))
			.containsExactly("DataKeyIssued", "DelegationRegistered", "ParticipantRegistered", "ParticipantRegistered",
					"ParticipantRegistered", "ManageLinkIssued");
		assertThat(pending).allSatisfy(entry -> assertThat(entry.getString("aggregateId")).isEqualTo(delegationId));
		List<String> pendingEventIds = pending.stream()
			.filter(entry -> Topics.REGISTRATION_EVENTS.equals(entry.getString("topic")))
			.map(entry -> entry.getString("eventId"))
			.toList();

		broker = startBroker(port);

		try (TopicProbe secondBroker = new TopicProbe(fixedAddress(), Topics.REGISTRATION_EVENTS)) {
			await().atMost(Duration.ofSeconds(90)).until(() -> outbox(workshopId).isEmpty());
			// One workshop, one partition, relayed in order: once a later registration's
			// event is there, any duplicate of the earlier ones would be there too.
			String after = delegationIdOf(register(workshopId, registration("5001", 2)));
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(eventsOf(secondBroker, after)).hasSize(4));

			List<TopicProbe.PublishedRecord> published = eventsOf(secondBroker, delegationId);
			assertThat(published).extracting(TopicProbe.PublishedRecord::eventId)
				.containsExactlyElementsOf(pendingEventIds);
			assertThat(published).extracting(TopicProbe.PublishedRecord::type)
				.containsExactly("DelegationRegistered", "ParticipantRegistered", "ParticipantRegistered",
						"ParticipantRegistered", "ManageLinkIssued");
			assertThat(published).allSatisfy(record -> assertThat(record.key()).isEqualTo(workshopId));
		}
	}

	private double relayFailures() {
		return this.meters.counter("platform.outbox.failures").count();
	}

	private String delegationIdOf(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return body(response).get("delegationId").asString();
	}

	private static List<TopicProbe.PublishedRecord> eventsOf(TopicProbe probe, String delegationId) {
		return probe.records()
			.stream()
			.filter(record -> record.value().contains("\"delegationId\":\"" + delegationId + "\""))
			.toList();
	}

	/**
	 * A broker reachable at {@code localhost:port}. {@code kafkaPorts(..)} is ignored by
	 * the KRaft broker of spring-kafka 4 (its test kit binds pre-allocated random ports),
	 * so the fixed port is an extra listener, {@code FIXED}. A client that bootstraps
	 * through a listener is told that listener's address, so the service only ever sees
	 * the fixed port, and a new broker on it is the same address to the service.
	 */
	private static EmbeddedKafkaKraftBroker startBroker(int port) {
		EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, Topics.DEFAULT_PARTITIONS,
				Topics.DOMAIN_TOPICS.toArray(String[]::new));
		started.brokerProperty("listeners",
				"EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://localhost:" + port);
		started.brokerProperty("listener.security.protocol.map",
				"EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT");
		started.brokerProperty("auto.create.topics.enable", "true");
		started.brokerListProperty("registration.outage-test.brokers");
		try {
			started.afterPropertiesSet();
		}
		catch (KafkaException ex) {
			// On a restart, the service's clients reconnect at once and the broker
			// auto-creates a topic they ask for; the broker is up, and the topic is
			// there.
			if (!causedByExistingTopic(ex)) {
				throw ex;
			}
		}
		return started;
	}

	private static boolean causedByExistingTopic(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TopicExistsException) {
				return true;
			}
		}
		return false;
	}

	private static String fixedAddress() {
		return "localhost:" + port;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the broker after the service's consumers and producers are closed. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnBrokerLifecycle {

		@Bean
		DisposableBean stopOwnBroker() {
			return () -> broker.destroy();
		}

	}

}
