package no.ks.kulturskole.support.deadletter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.support.messaging.InboundEvents;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer bound as every service binds its consumers, on a real broker: its store
 * fails as MongoDB does when it is away, or refuses an event for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml",
				"spring.application.name=support-consumer-test", "spring.cloud.function.definition=flakyEvents",
				"spring.cloud.stream.bindings.flakyEvents-in-0.destination="
						+ ConsumerErrorHandlingIntegrationTests.TOPIC,
				"spring.cloud.stream.bindings.flakyEvents-in-0.group=" + ConsumerErrorHandlingIntegrationTests.GROUP })
class ConsumerErrorHandlingIntegrationTests {

	static final String TOPIC = "support.flaky-events";

	static final String GROUP = "support-consumer-test";

	static final String DEAD_LETTERS = "error." + TOPIC + "." + GROUP;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static KafkaProducer<String, byte[]> producer;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@BeforeAll
	static void producer() {
		producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().getBrokersAsString()),
				new StringSerializer(), new ByteArraySerializer());
	}

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Autowired
	Store store;

	@Autowired
	JsonMapper json;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void anEventWhoseStoreIsAwayForAWhileIsRetriedUntilAppliedAndNothingIsDeadLettered() {
		String workshopId = UUID.randomUUID().toString();
		// more failures than the binder's three attempts that used to dead-letter it
		this.store.failTransiently(workshopId, 5);
		WorkshopScheduled first = scheduled(workshopId);
		WorkshopScheduled second = scheduled(workshopId);

		publish(workshopId, "WorkshopScheduled", this.json.writeValueAsBytes(first));
		publish(workshopId, "WorkshopScheduled", this.json.writeValueAsBytes(second));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.store.applied(workshopId)).containsExactly(first.eventId().toString(),
					second.eventId().toString()));
		assertThat(this.store.attempts(first.eventId().toString())).isEqualTo(6);
		// the partition waited: the second was not applied before the first
		assertThat(this.store.attempts(second.eventId().toString())).isEqualTo(1);
		assertThat(deadLettersWithKey(workshopId)).isEmpty();
	}

	@Test
	void anUnreadableRecordIsDeadLetteredAtOnceAndTheRecordsBehindItAreApplied() {
		String workshopId = UUID.randomUUID().toString();
		WorkshopScheduled behindIt = scheduled(workshopId);

		publish(workshopId, "WorkshopScheduled",
				"{\"type\":\"WorkshopScheduled\",\"eventId\":".getBytes(StandardCharsets.UTF_8));
		publish(workshopId, "WorkshopScheduled", this.json.writeValueAsBytes(behindIt));

		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.store.applied(workshopId)).containsExactly(behindIt.eventId().toString()));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(workshopId)).hasSize(1));
		ConsumerRecord<byte[], byte[]> dead = deadLettersWithKey(workshopId).get(0);
		assertThat(text(dead.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC))).isEqualTo(TOPIC);
		assertThat(text(dead.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN))).isNotBlank();
		assertThat(text(dead.headers().lastHeader(EventHeaders.TYPE))).isEqualTo("WorkshopScheduled");
		assertThat(this.meters.counter(DeadLetterPublisher.METRIC, "topic", DEAD_LETTERS).count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void anEventARuleRefusesForGoodIsDeadLetteredWithoutRetries() {
		String workshopId = UUID.randomUUID().toString();
		this.store.refuse(workshopId);
		WorkshopScheduled refused = scheduled(workshopId);

		publish(workshopId, "WorkshopScheduled", this.json.writeValueAsBytes(refused));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(workshopId)).hasSize(1));
		assertThat(this.store.attempts(refused.eventId().toString())).isEqualTo(1);
		assertThat(text(deadLettersWithKey(workshopId).get(0).headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)))
			.contains("IllegalArgumentException");
	}

	@Test
	void anAdministratorSeesADeadLetterWithWhereItCameFromAndWhyAndReDrivesItOnceAfterAFix() throws Exception {
		String workshopId = UUID.randomUUID().toString();
		this.store.refuse(workshopId);
		WorkshopScheduled refused = scheduled(workshopId);
		publish(workshopId, "WorkshopScheduled", this.json.writeValueAsBytes(refused));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLettersWithKey(workshopId)).hasSize(1));

		JsonNode listed = deadLetterOf(workshopId);
		assertThat(listed.get("topic").asString()).isEqualTo(DEAD_LETTERS);
		assertThat(listed.get("originalTopic").asString()).isEqualTo(TOPIC);
		assertThat(listed.get("exceptionClass").asString()).isEqualTo(IllegalArgumentException.class.getName());
		assertThat(listed.get("exceptionMessage").asString()).isEqualTo("No such session");
		assertThat(listed.get("payload").asString()).contains(refused.eventId().toString());
		assertThat(listed.get("headers").get(EventHeaders.TYPE).asString()).isEqualTo("WorkshopScheduled");
		assertThat(listed.get("redrivenAt").isNull()).isTrue();

		// the cause is fixed; the record goes back to its topic and is applied
		this.store.accept(workshopId);
		String redrive = "/api/platform/admin/dead-letters/" + DEAD_LETTERS + "/" + listed.get("partition").asInt()
				+ "/" + listed.get("offset").asLong() + "/redrive";
		assertThat(post(redrive, CallerTokens.admin(GROUP)).statusCode()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.store.applied(workshopId)).containsExactly(refused.eventId().toString()));
		// not twice by accident
		HttpResponse<String> again = post(redrive, CallerTokens.admin(GROUP));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("already-redriven");
		assertThat(deadLetterOf(workshopId).get("redrivenAt").isNull()).isFalse();
	}

	@Test
	void deadLettersAreForAdministratorsOnly() throws Exception {
		String list = "/api/platform/admin/dead-letters";
		String redrive = list + "/" + DEAD_LETTERS + "/0/0/redrive";
		assertThat(get(list, null).statusCode()).isEqualTo(401);
		assertThat(post(redrive, null).statusCode()).isEqualTo(401);
		assertThat(get(list, CallerTokens.staff(GROUP)).statusCode()).isEqualTo(403);
		assertThat(post(redrive, CallerTokens.staff(GROUP)).statusCode()).isEqualTo(403);
		assertThat(get(list, CallerTokens.admin(GROUP)).statusCode()).isEqualTo(200);
	}

	@Test
	void reDrivingFromATopicThatIsNotThisServicesDeadLettersIsRefusedByName() throws Exception {
		HttpResponse<String> answer = post("/api/platform/admin/dead-letters/" + TOPIC + "/0/0/redrive",
				CallerTokens.admin(GROUP));

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("topic");
	}

	private JsonNode deadLetterOf(String workshopId) throws Exception {
		HttpResponse<String> answer = get("/api/platform/admin/dead-letters", CallerTokens.admin(GROUP));
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(answer.body());
		assertThat(body.get("topics").toString()).contains(DEAD_LETTERS);
		List<JsonNode> matching = new ArrayList<>();
		body.get("deadLetters").forEach((letter) -> {
			if (workshopId.equals(letter.get("key").asString())) {
				matching.add(letter);
			}
		});
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void publish(String key, String type, byte[] payload) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, payload);
		record.headers().add(EventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
		try {
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<ConsumerRecord<byte[], byte[]>> deadLettersWithKey(String key) {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().getBrokersAsString(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(DEAD_LETTERS));
			List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
			// until the reader has its partition and has read to the end of it
			await().atMost(PATIENCE).until(() -> {
				consumer.poll(Duration.ofMillis(300)).forEach(found::add);
				return !consumer.assignment().isEmpty() && consumer.assignment()
					.stream()
					.allMatch((partition) -> consumer.position(partition) >= consumer.endOffsets(List.of(partition))
						.get(partition));
			});
			return found.stream()
				.filter((record) -> record.key() != null
						&& key.equals(new String(record.key(), StandardCharsets.UTF_8)))
				.toList();
		}
	}

	private static String text(Header header) {
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static WorkshopScheduled scheduled(String workshopId) {
		return new WorkshopScheduled(UUID.randomUUID(), workshopId, Instant.now(), 1, "Verksted", null, null,
				WorkshopFormat.ONLINE, null, "nb", Instant.now().plusSeconds(3600), 2, null, false,
				List.of(new SessionDetails("s-1", Instant.now().plusSeconds(7200), Instant.now().plusSeconds(9000), 60,
						null)));
	}

	/**
	 * A consumer's store: fails as MongoDB does while it is away, a given number of
	 * times, or refuses a workshop's events as a broken rule would.
	 */
	static class Store {

		private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

		private final Map<String, Boolean> refused = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Map<String, List<String>> applied = new ConcurrentHashMap<>();

		void failTransiently(String workshopId, int times) {
			this.failuresLeft.put(workshopId, new AtomicInteger(times));
		}

		void refuse(String workshopId) {
			this.refused.put(workshopId, true);
		}

		void accept(String workshopId) {
			this.refused.remove(workshopId);
		}

		void apply(WorkshopEvent event) {
			this.attempts.computeIfAbsent(event.eventId().toString(), (id) -> new AtomicInteger()).incrementAndGet();
			AtomicInteger failures = this.failuresLeft.get(event.aggregateId());
			if (failures != null && failures.getAndDecrement() > 0) {
				throw new DataAccessResourceFailureException("Timed out waiting for a server");
			}
			if (this.refused.containsKey(event.aggregateId())) {
				throw new IllegalArgumentException("No such session");
			}
			this.applied.computeIfAbsent(event.aggregateId(), (id) -> new CopyOnWriteArrayList<>())
				.add(event.eventId().toString());
		}

		List<String> applied(String workshopId) {
			return this.applied.getOrDefault(workshopId, List.of());
		}

		int attempts(String eventId) {
			AtomicInteger count = this.attempts.get(eventId);
			return (count != null) ? count.get() : 0;
		}

	}

	@SpringBootApplication
	static class TestApplication {

		@Bean
		Store store() {
			return new Store();
		}

		@Bean
		Consumer<Message<byte[]>> flakyEvents(InboundEvents inbound, Store store) {
			return (message) -> inbound.handle(message, WorkshopEvent.class, store::apply);
		}

	}

}
