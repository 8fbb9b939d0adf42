package no.ks.kulturskole.reporting.workshopreport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.support.messaging.EventTopics;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The service as it runs: events published to the real shared broker the way the
 * producers publish them (JSON of the contract records, CloudEvents headers, key
 * workshopId), the report read over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkshopReportIntegrationTests {

	private static final String GROUP = "reporting-service";

	private static KafkaProducer<String, byte[]> producer;

	private static Admin admin;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	private RestClient http;

	@BeforeAll
	static void connectToBroker() {
		String brokers = TestInfrastructure.kafka().getBrokersAsString();
		producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new ByteArraySerializer());
		admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers));
	}

	@AfterAll
	static void disconnectFromBroker() {
		producer.close();
		admin.close();
	}

	@BeforeEach
	void connect() {
		this.http = RestClient.create("http://localhost:" + this.port);
	}

	@Test
	void aRegisteredDelegationShowsInTheReportWithItsParticipantsAndMunicipality() {
		WorkshopHistory history = new WorkshopHistory();

		publishScheduleAndBergen(history);

		JsonNode report = awaitBergenInReport(history);
		assertThat(report.propertyNames()).containsExactly("workshopId", "title", "programme", "sessions",
				"delegations", "participants", "municipalities", "totals");
		assertThat(report.get("title").asString()).isEqualTo("Verksted 1: Kulturskolen i kommunen");
		assertThat(report.get("delegations")).singleElement().satisfies(delegation -> {
			assertThat(delegation.propertyNames()).containsExactly("delegationId", "municipalityNumber",
					"municipalityName", "countyNumber", "countyName", "ksRegion", "kulturskoleradBranch", "sessionId",
					"status", "participantCount", "registeredAt");
			assertThat(delegation.get("delegationId").asString()).isEqualTo(history.bergen);
			assertThat(delegation.get("ksRegion").asString()).isEqualTo("KS Vest-Norge");
			assertThat(delegation.get("kulturskoleradBranch").asString()).isEqualTo("Vestland");
			assertThat(delegation.get("status").asString()).isEqualTo("CONFIRMED");
		});
		assertThat(report.get("participants")).extracting(participant -> participant.get("name").asString())
			.containsExactly("Ola Nordmann", "Kari Nordmann");
		assertThat(report.get("participants"))
			.allSatisfy(participant -> assertThat(participant.propertyNames()).containsExactly("delegationId",
					"participantId", "name", "roleTitle", "roleCategory", "municipalityNumber"));
		assertThat(report.get("municipalities")).singleElement()
			.satisfies(municipality -> assertThat(municipality.get("number").asString()).isEqualTo("4601"));
		assertThat(report.at("/sessions/0/seatsLeft").asInt()).isEqualTo(58);
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		WorkshopHistory history = new WorkshopHistory();
		publishScheduleAndBergen(history);
		JsonNode before = awaitBergenInReport(history);

		List<RecordMetadata> duplicates = List.of(publish(history.scheduled), publish(history.bergenRegistered),
				publish(history.bergenLeader), publish(history.bergenPolitician));

		// the service has handled a record once its group's committed offset is past it
		await().atMost(Duration.ofSeconds(30))
			.until(() -> duplicates.stream().allMatch(duplicate -> committedOffset(duplicate) > duplicate.offset()));
		assertThat(report(history.workshopId)).isEqualTo(before);
	}

	@Test
	void theOverviewListsTheWorkshopWithItsTotalsButNoParticipants() {
		WorkshopHistory history = new WorkshopHistory();
		publishScheduleAndBergen(history);
		awaitBergenInReport(history);

		JsonNode overview = this.http.get().uri("/api/reports/workshops").retrieve().body(JsonNode.class);

		assertThat(overview.valueStream().filter(line -> line.get("workshopId").asString().equals(history.workshopId)))
			.singleElement()
			.satisfies(line -> {
				assertThat(line.at("/totals/delegations").asInt()).isEqualTo(1);
				assertThat(line.at("/totals/participants").asInt()).isEqualTo(2);
				assertThat(line.at("/totals/confirmedPersons").asInt()).isEqualTo(2);
				assertThat(line.has("participants")).isFalse();
			});
	}

	@Test
	void anUnknownWorkshopIsAnsweredWithAProblemInNorwegian() {
		assertThatExceptionOfType(HttpClientErrorException.NotFound.class)
			.isThrownBy(() -> report("ukjent-" + System.nanoTime()))
			.satisfies(notFound -> {
				assertThat(notFound.getResponseHeaders().getContentType())
					.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				JsonNode problem = this.json.readTree(notFound.getResponseBodyAsString());
				assertThat(problem.get("title").asString()).isEqualTo("Finnes ikke");
				assertThat(problem.at("/errors/0/field").asString()).isEqualTo("workshopId");
			});
	}

	@Test
	void theOpenApiDocumentDescribesTheReports() {
		JsonNode openApi = this.http.get().uri("/v3/api-docs").retrieve().body(JsonNode.class);

		assertThat(openApi.get("paths").propertyNames()).contains("/api/reports/workshops",
				"/api/reports/workshops/{workshopId}");
	}

	private void publishScheduleAndBergen(WorkshopHistory history) {
		publish(history.scheduled);
		publish(history.bergenRegistered);
		publish(history.bergenLeader);
		publish(history.bergenPolitician);
	}

	private JsonNode awaitBergenInReport(WorkshopHistory history) {
		return await().atMost(Duration.ofSeconds(30))
			.ignoreExceptionsInstanceOf(HttpClientErrorException.NotFound.class)
			.until(() -> report(history.workshopId), report -> report.get("title").isString()
					&& report.get("delegations").size() == 1 && report.get("participants").size() == 2);
	}

	private JsonNode report(String workshopId) {
		return this.http.get().uri("/api/reports/workshops/{id}", workshopId).retrieve().body(JsonNode.class);
	}

	private RecordMetadata publish(DomainEvent event) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventTopics.topicOf(event), event.partitionKey(),
				this.json.writeValueAsBytes(event));
		record.headers()
			.add(EventHeaders.ID, bytes(event.eventId().toString()))
			.add(EventHeaders.TYPE, bytes(event.getClass().getSimpleName()))
			.add(EventHeaders.CORRELATION_ID, bytes("test-" + event.eventId()));
		try {
			return producer.send(record).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Could not publish " + event.getClass().getSimpleName(), ex);
		}
	}

	private static long committedOffset(RecordMetadata record) {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		try {
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
				.partitionsToOffsetAndMetadata()
				.get();
			OffsetAndMetadata committed = offsets.get(partition);
			return (committed != null) ? committed.offset() : -1;
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Could not read the offsets of " + GROUP, ex);
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
