package no.ks.kulturskole.reporting.workshopreport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.RebuildListener;
import no.ks.kulturskole.support.messaging.EventTopics;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The service as it runs: events published to the real shared broker the way the
 * producers publish them (JSON of the contract records, CloudEvents headers, key
 * workshopId), the report read over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WorkshopReportIntegrationTests.RebuildGateConfiguration.class)
class WorkshopReportIntegrationTests {

	private static final String GROUP = "reporting-service";

	private static KafkaProducer<String, byte[]> producer;

	private static Admin admin;

	static final RebuildGate REBUILD_GATE = new RebuildGate();

	@Autowired
	private MongoTemplate mongo;

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
		assertThat(report.propertyNames()).containsExactly("workshopId", "title", "programme", "status", "sessions",
				"delegations", "participants", "municipalities", "totals", "mails", "roleCategoryMix",
				"delegationsMeetingOutsideRoleRule", "registrationsPerDay", "perSession");
		assertThat(report.get("title").asString()).isEqualTo("Verksted 1: Kulturskolen i kommunen");
		assertThat(report.get("delegations")).singleElement().satisfies(delegation -> {
			assertThat(delegation.propertyNames()).containsExactly("delegationId", "municipalityNumber",
					"municipalityName", "countyNumber", "countyName", "ksRegion", "kulturskoleradBranch", "sessionId",
					"status", "participantCount", "registeredAt", "reflectionSubmitted");
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

	@Test
	void theParticipantListIsExportedAsCsvAndXlsxForTheMeetingHost() throws IOException {
		WorkshopHistory history = new WorkshopHistory();
		publishScheduleAndBergen(history);
		awaitBergenInReport(history);

		ResponseEntity<byte[]> csv = this.http.get()
			.uri("/api/reports/workshops/{id}/participants.csv", history.workshopId)
			.retrieve()
			.toEntity(byte[].class);
		byte[] xlsx = this.http.get()
			.uri("/api/reports/workshops/{id}/participants.xlsx?sessionId={session}", history.workshopId,
					history.morning)
			.retrieve()
			.body(byte[].class);
		byte[] otherSession = this.http.get()
			.uri("/api/reports/workshops/{id}/participants.xlsx?sessionId={session}", history.workshopId,
					history.afternoon)
			.retrieve()
			.body(byte[].class);

		assertThat(csv.getHeaders().getContentDisposition().getFilename()).endsWith(".csv");
		List<CSVRecord> rows = csvRows(csv.getBody());
		assertThat(rows)
			.extracting(row -> row.get("Navn"), row -> row.get("Kommune"), row -> row.get("Status"),
					row -> row.get("Rollekategori"))
			.containsExactly(tuple("Ola Nordmann", "Bergen", "Bekreftet", "KULTURSKOLE"),
					tuple("Kari Nordmann", "Bergen", "Bekreftet", "POLITICIAN"));
		assertThat(xlsxRows(xlsx)).containsExactly(
				List.of("Økt", "Status", "Kommunenummer", "Kommune", "Fylke", "Navn", "Rolle", "Rollekategori"),
				List.of("10.03.2027 09:00", "Bekreftet", "4601", "Bergen", "Vestland", "Ola Nordmann",
						"Kulturskoleleder", "KULTURSKOLE"),
				List.of("10.03.2027 09:00", "Bekreftet", "4601", "Bergen", "Vestland", "Kari Nordmann",
						"Leder av oppvekstutvalget", "POLITICIAN"));
		assertThat(xlsxRows(otherSession)).hasSize(1);
	}

	@Test
	void coverageShowsTheRegisteredMunicipalityInItsKsRegionAsJsonAndCsv() throws IOException {
		WorkshopHistory history = new WorkshopHistory();
		publishScheduleAndBergen(history);
		awaitBergenInReport(history);

		JsonNode coverage = this.http.get()
			.uri("/api/reports/coverage?dimension=ks-region&workshopId={id}", history.workshopId)
			.retrieve()
			.body(JsonNode.class);
		byte[] csv = this.http.get()
			.uri("/api/reports/coverage.csv?dimension=ks-region&workshopId={id}", history.workshopId)
			.retrieve()
			.body(byte[].class);

		assertThat(coverage.get("registered").asInt()).isEqualTo(1);
		assertThat(coverage.get("municipalities").asInt()).isEqualTo(357);
		assertThat(
				coverage.get("areas").valueStream().filter(area -> area.get("area").asString().equals("KS Vest-Norge")))
			.singleElement()
			.satisfies(vest -> {
				assertThat(vest.get("registered").asInt()).isEqualTo(1);
				assertThat(vest.get("missing").size()).isEqualTo(vest.get("municipalities").asInt() - 1);
			});
		assertThat(csvRows(csv)).filteredOn(row -> row.get("Område").equals("KS Vest-Norge"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.get("Påmeldte kommuner")).isEqualTo("1");
				assertThat(row.get("Påmeldt")).isEqualTo("Bergen");
				assertThat(row.get("Ikke påmeldt")).contains("Stord");
			});
	}

	@Test
	void anUnknownCoverageDimensionIsABadRequest() {
		assertThatExceptionOfType(HttpClientErrorException.BadRequest.class).isThrownBy(
				() -> this.http.get().uri("/api/reports/coverage?dimension=kommune").retrieve().body(JsonNode.class));
	}

	@Test
	void theDashboardStreamAnnouncesEachChangedWorkshop() throws Exception {
		WorkshopHistory history = new WorkshopHistory();
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<Stream<String>> stream = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/reports/stream"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofLines());
		try (Stream<String> lines = stream.body()) {
			Iterator<String> events = lines.iterator();
			CompletableFuture<String> subscribed = CompletableFuture
				.supplyAsync(() -> firstLineContaining(events, "subscribed"));
			assertThat(subscribed.get(30, TimeUnit.SECONDS)).isEqualTo("event:subscribed");

			publishScheduleAndBergen(history);
			CompletableFuture<String> announced = CompletableFuture
				.supplyAsync(() -> firstLineContaining(events, history.workshopId));

			assertThat(announced.get(30, TimeUnit.SECONDS)).startsWith("data:")
				.contains("\"workshopId\":\"" + history.workshopId + "\"");
		}
		finally {
			client.close();
		}
	}

	private static String firstLineContaining(Iterator<String> lines, String text) {
		while (lines.hasNext()) {
			String line = lines.next();
			if (line.contains(text)) {
				return line;
			}
		}
		throw new IllegalStateException("The stream ended");
	}

	private static List<CSVRecord> csvRows(byte[] csv) throws IOException {
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))) {
			return parser.getRecords();
		}
	}

	private static List<List<String>> xlsxRows(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet()
				.read()
				.stream()
				.map(row -> row.stream().map(cell -> cell.getText()).toList())
				.toList();
		}
	}

	@Test
	void aRebuildGivesIdenticalReportsAndTheQueriesKeepAnsweringWhileItRuns() throws InterruptedException {
		WorkshopHistory history = new WorkshopHistory();
		history.workshopEvents().forEach(this::publish);
		history.registrationEvents().forEach(this::publish);
		history.notificationEvents().forEach(this::publish);
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptionsInstanceOf(HttpClientErrorException.NotFound.class)
			.until(() -> report(history.workshopId), report -> report.at("/totals/participants").asInt() == 7
					&& report.at("/totals/mailsSent").asInt() == 2 && report.get("title").isString());
		JsonNode overviewBefore = overview();
		Map<String, JsonNode> reportsBefore = new HashMap<>();
		overviewBefore.valueStream()
			.map(line -> line.get("workshopId").asString())
			.forEach(id -> reportsBefore.put(id, report(id)));

		JsonNode started = this.http.post().uri("/api/reports/admin/rebuild").retrieve().body(JsonNode.class);
		assertThat(started.get("state").asString()).isEqualTo("RUNNING");
		String generation = started.get("generation").asString();
		assertThat(REBUILD_GATE.caughtUp.await(60, TimeUnit.SECONDS)).isTrue();

		// replayed into the new collections, not switched yet: the old ones answer
		JsonNode midway = rebuildStatus();
		assertThat(midway.get("state").asString()).isEqualTo("RUNNING");
		assertThat(midway.get("activeGeneration").asString()).isNotEqualTo(generation);
		assertThat(report(history.workshopId)).isEqualTo(reportsBefore.get(history.workshopId));
		assertThat(overview()).isEqualTo(overviewBefore);
		// an event arriving meanwhile goes to the serving collections, and the switch's
		// final catch-up carries it over into the new ones
		publish(new NotificationSent(UUID.randomUUID(), "n-" + UUID.randomUUID(), history.workshopId, history.oslo,
				WorkshopHistory.START, 1, "DELEGATION_WAITLISTED", "delegation-waitlisted/nb@1"));
		JsonNode withLateMail = await().atMost(Duration.ofSeconds(30))
			.until(() -> report(history.workshopId), report -> report.at("/totals/mailsSent").asInt() == 3);
		reportsBefore.put(history.workshopId, withLateMail);
		JsonNode overviewWithLateMail = overview();
		REBUILD_GATE.release.countDown();

		JsonNode done = await().atMost(Duration.ofSeconds(60))
			.until(this::rebuildStatus, status -> !status.get("state").asString().equals("RUNNING"));
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("activeGeneration").asString()).isEqualTo(generation);
		assertThat(done.get("eventsApplied").asLong()).isGreaterThanOrEqualTo(14);
		assertThat(overview()).isEqualTo(overviewWithLateMail);
		reportsBefore.forEach((id, before) -> assertThat(report(id)).isEqualTo(before));
		assertThat(this.mongo.getCollectionNames()).contains("workshop_reports_" + generation);
	}

	private JsonNode rebuildStatus() {
		return this.http.get().uri("/api/reports/admin/rebuild").retrieve().body(JsonNode.class);
	}

	private JsonNode overview() {
		return this.http.get().uri("/api/reports/workshops").retrieve().body(JsonNode.class);
	}

	/**
	 * Holds the rebuild after its replay, before its switch, so that the test can query
	 * the service in between.
	 */
	static final class RebuildGate implements RebuildListener {

		final CountDownLatch caughtUp = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		public void caughtUp(String generation) {
			this.caughtUp.countDown();
			try {
				this.release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RebuildGateConfiguration {

		@Bean
		RebuildListener rebuildGate() {
			return REBUILD_GATE;
		}

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
