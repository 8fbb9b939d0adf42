package no.ks.kulturskole.reporting.workshopreport;

import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.Arrays;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.PilotApplicationSubmitted;
import no.ks.kulturskole.contracts.registration.PilotMunicipalitySelected;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.reporting.workshopreport.infrastructure.RebuildListener;
import no.ks.kulturskole.support.messaging.EventTopics;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.privacy.DataKeyErased;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.testsupport.TopicProbe;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
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
@Import({ WorkshopReportIntegrationTests.RebuildGateConfiguration.class,
		WorkshopReportIntegrationTests.FixedClockConfiguration.class })
class WorkshopReportIntegrationTests {

	private static final String GROUP = "reporting-service";

	private static KafkaProducer<String, byte[]> producer;

	private static Admin admin;

	static final RebuildGate REBUILD_GATE = new RebuildGate();

	/**
	 * "Today" for the service: between the workshops' scheduling (8 February 2027) and
	 * their deadline (1 March 2027), so registration is open.
	 */
	static final Instant TODAY = Instant.parse("2027-02-25T12:00:00Z");

	@Autowired
	MeterRegistry meters;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
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
		// as the gateway calls for an administrator: who may call is
		// ReportingSecurityTests'
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("Authorization", CallerTokens.admin("reporting-service"))
			.build();
	}

	@Test
	void aRegisteredDelegationShowsInTheReportWithItsParticipantsAndMunicipality() {
		WorkshopHistory history = new WorkshopHistory();

		publishScheduleAndBergen(history);

		JsonNode report = awaitBergenInReport(history);
		assertThat(report.propertyNames()).containsExactly("workshopId", "title", "programme", "status",
				"registrationOpenedAt", "registrationDeadline", "sessions", "delegations", "participants",
				"municipalities", "totals", "mails", "asOf", "roleCategoryMix", "delegationsMeetingOutsideRoleRule",
				"registrationsPerDay", "perSession", "messages", "attendance", "attendanceSummary", "questions",
				"answers");
		assertThat(report.get("messages")).isEmpty();
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
	@ExtendWith(OutputCaptureExtension.class)
	void theBatchConsumersHandleEachEventInTheTraceOfTheRequestThatCausedIt(CapturedOutput output) {
		WorkshopHistory history = new WorkshopHistory();
		String traceId = UUID.randomUUID().toString().replace("-", "");

		publish(history.scheduled);
		publish(history.bergenRegistered, "00-" + traceId + "-00f067aa0ba902b7-01");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Arrays.stream(output.getOut().split("\n"))
				.filter((line) -> line.contains("Handled DelegationRegistered " + history.bergenRegistered.eventId())))
				.singleElement()
				.asString()
				.contains(traceId));
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
	void aPoisonRecordAmongGoodOnesIsDeadLetteredAndTheRestOfItsBatchApplied() {
		WorkshopHistory history = new WorkshopHistory();
		publish(history.scheduled);
		publish(history.bergenRegistered);
		// a record of a known type that is not that type: in the same partition, between
		// good ones, so in the same poll as likely as not
		ProducerRecord<String, byte[]> poison = new ProducerRecord<>("registration.events", history.workshopId,
				bytes("{\"not\": \"a delegation\"}"));
		poison.headers().add(EventHeaders.TYPE, bytes("DelegationRegistered"));
		RecordMetadata sent;
		try {
			sent = producer.send(poison).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		publish(history.bergenLeader);
		publish(history.bergenPolitician);

		awaitBergenInReport(history);
		try (KafkaConsumer<byte[], byte[]> deadLetters = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().getBrokersAsString(),
						ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			deadLetters.subscribe(List.of("error.registration.events." + GROUP));
			List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				deadLetters.poll(Duration.ofMillis(500)).forEach(found::add);
				return found.stream()
					.anyMatch(record -> offsetOf(record) == sent.offset()
							&& new String(record.key(), StandardCharsets.UTF_8).equals(history.workshopId));
			});
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> committedOffset(sent) > sent.offset());
	}

	private static long offsetOf(ConsumerRecord<byte[], byte[]> record) {
		// the platform's dead letters carry Spring Kafka's headers: the offset as 8 bytes
		Header offset = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
		return (offset != null) ? java.nio.ByteBuffer.wrap(offset.value()).getLong() : -1;
	}

	@Test
	void sealedNamesAreOpenedWithTheDataKeyAndAnErasureLeavesSlettetAndTheCounts() {
		WorkshopHistory history = new WorkshopHistory();
		String key = SecretSeal.generateKey();
		ParticipantRegistered sealedLeader = history.bergenLeader
			.sealedAs(SecretSeal.withKey(key).seal(this.json.writeValueAsString(history.bergenLeader), history.bergen));
		publish(history.scheduled);
		publish(history.bergenRegistered);
		publish(sealedLeader);
		publish(history.bergenPolitician);
		publish(new DataKeyIssued(UUID.randomUUID(), history.bergen, TODAY, 1, key));

		JsonNode report = awaitBergenInReport(history);
		assertThat(report.get("participants")).extracting(participant -> participant.get("name").asString())
			.containsExactly("Ola Nordmann", "Kari Nordmann");

		String erasureId = UUID.randomUUID().toString();
		publish(new DataKeyErased(UUID.randomUUID(), history.bergen, TODAY, 1, erasureId));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(report(history.workshopId).get("participants"))
				.extracting(participant -> participant.get("name").asString())
				.containsExactly("slettet", "slettet"));
		JsonNode erased = report(history.workshopId);
		assertThat(erased.get("totals")).isEqualTo(report.get("totals"));
		assertThat(erased.get("roleCategoryMix")).isEqualTo(report.get("roleCategoryMix"));
		try (TopicProbe receipts = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(),
				Topics.erasureReceipts("reporting-service"))) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(receipts.recordsOfType("ErasureCompleted"))
					.anySatisfy((record) -> assertThat(record.value()).contains(erasureId).contains(history.bergen)));
		}
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
				"/api/reports/workshops/{workshopId}", "/api/reports/municipalities/{number}", "/api/reports/pilot");
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

	/**
	 * Issue 17 point 3: a column per extra question in both exports, the delegation's
	 * answer on each of its delegates' rows; the answers arrive sealed and are opened
	 * with the delegation's key, and an erasure removes them.
	 */
	@Test
	void theParticipantListCarriesAColumnPerExtraQuestionAndAnErasureRemovesTheAnswers() throws IOException {
		WorkshopHistory history = new WorkshopHistory();
		String key = SecretSeal.generateKey();
		RegistrationQuestion.LocalisedText hotelText = new RegistrationQuestion.LocalisedText("Trenger dere hotell?",
				null, null);
		List<RegistrationQuestion> form = List.of(
				new RegistrationQuestion("hotel", "DELEGATION", "YES_NO", true, false, hotelText, List.of()),
				new RegistrationQuestion("diet", "PARTICIPANT", "SEVERAL_CHOICES", false, true,
						new RegistrationQuestion.LocalisedText("Kosthold", null, null),
						List.of(new RegistrationQuestion.QuestionChoice("vegetarian",
								new RegistrationQuestion.LocalisedText("Vegetar", null, null)),
								new RegistrationQuestion.QuestionChoice("gluten-free",
										new RegistrationQuestion.LocalisedText("Glutenfritt", null, null)))));
		DelegationAnswersGiven answers = new DelegationAnswersGiven(UUID.randomUUID(), history.bergen,
				history.workshopId, TODAY, 1, 1,
				List.of(new DelegationAnswersGiven.GivenAnswer("hotel", null, false, List.of("yes")),
						new DelegationAnswersGiven.GivenAnswer("diet", history.bergenLeader.participantId(), true,
								List.of("vegetarian", "gluten-free"))),
				null);
		publish(history.scheduled);
		publish(new WorkshopQuestionsChanged(UUID.randomUUID(), history.workshopId, TODAY, 1, 1, form));
		publish(history.bergenRegistered);
		publish(history.bergenLeader);
		publish(history.bergenPolitician);
		publish(answers.sealedAs(SecretSeal.withKey(key).seal(this.json.writeValueAsString(answers), history.bergen)));
		publish(new DataKeyIssued(UUID.randomUUID(), history.bergen, TODAY, 1, key));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(report(history.workshopId).get("answers")).hasSize(1));
		List<CSVRecord> rows = csvRows(this.http.get()
			.uri("/api/reports/workshops/{id}/participants.csv", history.workshopId)
			.retrieve()
			.body(byte[].class));
		assertThat(rows)
			.extracting(row -> row.get("Navn"), row -> row.get("Trenger dere hotell?"), row -> row.get("Kosthold"))
			.containsExactly(tuple("Ola Nordmann", "Ja", "Vegetar, Glutenfritt"), tuple("Kari Nordmann", "Ja", ""));
		List<List<String>> sheet = xlsxRows(this.http.get()
			.uri("/api/reports/workshops/{id}/participants.xlsx", history.workshopId)
			.retrieve()
			.body(byte[].class));
		assertThat(sheet.get(0)).endsWith("Trenger dere hotell?", "Kosthold");
		assertThat(sheet.get(1)).endsWith("Ja", "Vegetar, Glutenfritt");

		publish(new DataKeyErased(UUID.randomUUID(), history.bergen, TODAY, 1, UUID.randomUUID().toString()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(report(history.workshopId).get("answers")).isEmpty());
		assertThat(csvRows(this.http.get()
			.uri("/api/reports/workshops/{id}/participants.csv", history.workshopId)
			.retrieve()
			.body(byte[].class))).extracting(row -> row.get("Kosthold")).containsOnly("");
	}

	@Test
	void aNameTypedAsAFormulaLeavesTheCsvAsTextAndTheXlsxAsAString() throws IOException {
		WorkshopHistory history = new WorkshopHistory();
		String hyperlink = "=HYPERLINK(\"http://evil.example\",\"x\")";
		publish(history.scheduled);
		publish(history.bergenRegistered);
		publish(history.bergenLeader);
		publish(history.bergenDelegate(hyperlink, "@SUM(1+1);\"\n-2"));

		List<CSVRecord> rows = await().atMost(Duration.ofSeconds(30))
			.ignoreExceptionsInstanceOf(HttpClientErrorException.NotFound.class)
			.until(() -> csvRows(this.http.get()
				.uri("/api/reports/workshops/{id}/participants.csv", history.workshopId)
				.retrieve()
				.body(byte[].class)), (list) -> list.size() == 2);
		byte[] xlsx = this.http.get()
			.uri("/api/reports/workshops/{id}/participants.xlsx", history.workshopId)
			.retrieve()
			.body(byte[].class);

		assertThat(rows).extracting(row -> row.get("Navn"), row -> row.get("Rolle"))
			.contains(tuple("'" + hyperlink, "'@SUM(1+1);\"\n-2"));
		assertThat(xlsxRows(xlsx)).anySatisfy((row) -> assertThat(row).contains(hyperlink));
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
		// the JSON is reporting-api's CoverageResponse, which the gateway shares
		assertThat(coverage.propertyNames()).containsExactlyInAnyOrder("dimension", "workshopId", "registered",
				"municipalities", "areas", "byMunicipality");
		assertThat(coverage.get("dimension").asString()).isEqualTo("KS_REGION");
		assertThat(coverage.get("byMunicipality").valueStream().filter(m -> m.get("number").asString().equals("4601")))
			.singleElement()
			.satisfies(bergen -> assertThat(bergen.get("status").asString()).isEqualTo("CONFIRMED"));
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
				.header("Authorization", CallerTokens.staff("reporting-service"))
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
	void theRegistrationCurveRunsFromTheDayTheWorkshopWasScheduledToTodayWithEmptyDaysAtZero() {
		WorkshopHistory history = new WorkshopHistory();
		history.workshopEvents().forEach(this::publish);
		history.registrationEvents().forEach(this::publish);

		JsonNode report = await().atMost(Duration.ofSeconds(30))
			.ignoreExceptionsInstanceOf(HttpClientErrorException.NotFound.class)
			.until(() -> report(history.workshopId),
					answer -> answer.get("title").isString() && answer.get("delegations").size() == 3);

		assertThat(report.get("asOf").asString()).isEqualTo("2027-02-25");
		assertThat(report.get("registrationOpenedAt").asString()).isEqualTo("2027-02-08T08:00:00Z");
		assertThat(report.get("registrationDeadline").asString()).isEqualTo("2027-03-01T08:00:00Z");
		JsonNode days = report.get("registrationsPerDay");
		assertThat(days.size()).isEqualTo(18);
		assertThat(days.valueStream()
			.map(day -> day.get("day").asString() + " " + day.get("delegations").asInt() + " "
					+ day.get("cumulativeDelegations").asInt()))
			.startsWith("2027-02-08 0 0", "2027-02-09 0 0")
			.contains("2027-02-18 1 1", "2027-02-19 0 1", "2027-02-20 1 2", "2027-02-23 1 3")
			.endsWith("2027-02-24 0 3", "2027-02-25 0 3");
		assertThat(days.valueStream().mapToInt(day -> day.get("delegations").asInt()).sum()).isEqualTo(3);
	}

	@Test
	void aMunicipalityShowsItsWorkshopsWithDelegatesAndRolesAndItsPilotApplication() {
		WorkshopHistory history = new WorkshopHistory();
		publishScheduleAndBergen(history);
		publish(new ReflectionSubmitted(UUID.randomUUID(), history.bergen, history.workshopId, WorkshopHistory.START, 1,
				"4601", List.of(new ReflectionAnswer("Hva tar dere med?", "Mye"))));
		PilotHistory pilot = new PilotHistory();
		publish(pilot.bergen);
		publish(pilot.bergenSelected);

		JsonNode bergen = await().atMost(Duration.ofSeconds(30))
			.until(() -> municipality("4601"),
					answer -> workshopIn(answer, history.workshopId)
						.filter(workshop -> workshop.get("reflectionSubmitted").asBoolean())
						.isPresent()
							&& applicationIn(answer.get("pilotApplications"), pilot.bergen.applicationId())
								.filter(application -> application.get("decision").asString().equals("SELECTED"))
								.isPresent());

		assertThat(bergen.propertyNames()).containsExactly("number", "name", "countyName", "ksRegion",
				"kulturskoleradBranch", "workshops", "pilotApplications");
		assertThat(bergen.get("name").asString()).isEqualTo("Bergen");
		assertThat(bergen.get("countyName").asString()).isEqualTo("Vestland");
		assertThat(bergen.get("ksRegion").asString()).isEqualTo("KS Vest-Norge");
		assertThat(bergen.get("kulturskoleradBranch").asString()).isEqualTo("Vestland");
		assertThat(workshopIn(bergen, history.workshopId)).get().satisfies(workshop -> {
			assertThat(workshop.get("title").asString()).isEqualTo("Verksted 1: Kulturskolen i kommunen");
			assertThat(workshop.get("sessionStartsAt").asString()).isEqualTo("2027-03-10T08:00:00Z");
			assertThat(workshop.get("status").asString()).isEqualTo("CONFIRMED");
			assertThat(workshop.get("participantCount").asInt()).isEqualTo(2);
			assertThat(workshop.get("registeredAt").asString()).isEqualTo("2027-02-18T08:00:00Z");
			assertThat(workshop.get("delegates"))
				.extracting(delegate -> delegate.get("name").asString(),
						delegate -> delegate.get("roleTitle").asString(),
						delegate -> delegate.get("roleCategory").asString())
				.containsExactly(tuple("Ola Nordmann", "Kulturskoleleder", "KULTURSKOLE"),
						tuple("Kari Nordmann", "Leder av oppvekstutvalget", "POLITICIAN"));
		});
		assertThat(applicationIn(bergen.get("pilotApplications"), pilot.bergen.applicationId())).get()
			.satisfies(application -> {
				assertThat(application.get("municipalityName").asString()).isEqualTo("Bergen");
				assertThat(application.get("inGuidanceScheme").asBoolean()).isTrue();
				assertThat(application.get("submittedAt").asString()).isEqualTo("2027-01-11T09:00:00Z");
				assertThat(application.get("decidedAt").asString()).isEqualTo("2027-02-01T13:00:00Z");
				assertThat(application.has("contact")).isFalse();
				assertThat(application.has("motivation")).isFalse();
			});
	}

	@Test
	void aMunicipalityNumberNotInTheRegisterIsAProblemNamingTheNumber() {
		assertThatExceptionOfType(HttpClientErrorException.NotFound.class).isThrownBy(() -> municipality("9999"))
			.satisfies(notFound -> {
				assertThat(notFound.getResponseHeaders().getContentType())
					.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				JsonNode problem = this.json.readTree(notFound.getResponseBodyAsString());
				assertThat(problem.at("/errors/0/field").asString()).isEqualTo("number");
				assertThat(problem.at("/errors/0/message").asString()).contains("kommune");
			});
	}

	@Test
	void thePilotOverviewShowsEachApplicantWithRegionAttendanceReflectionsAndTheSelectedCountAgainstTheTarget() {
		// Stavanger and Kristiansand take part in no other test here, so their
		// attendance is this test's alone
		String workshopId = UUID.randomUUID().toString();
		DelegationRegistered stavangerRegistered = CoverageTests.registered(workshopId,
				new Organisation("1103", "Stavanger", "11", "Rogaland"));
		publish(stavangerRegistered);
		publish(new ReflectionSubmitted(UUID.randomUUID(), stavangerRegistered.delegationId(), workshopId,
				WorkshopHistory.START, 1, "1103", List.of(new ReflectionAnswer("Hva tar dere med?", "Mye"))));
		PilotApplicationSubmitted stavanger = pilotApplication(new Organisation("1103", "Stavanger", "11", "Rogaland"));
		PilotApplicationSubmitted kristiansand = pilotApplication(
				new Organisation("4204", "Kristiansand", "42", "Agder"));
		publish(stavanger);
		publish(kristiansand);
		publish(new PilotMunicipalitySelected(UUID.randomUUID(), stavanger.applicationId(), PilotHistory.DECIDED, 1,
				"1103"));

		JsonNode overview = await().atMost(Duration.ofSeconds(30))
			.until(this::pilotOverview, answer -> applicantOf(answer, kristiansand.applicationId()).isPresent()
					&& applicantOf(answer, stavanger.applicationId())
						.filter(applicant -> applicant.at("/application/decision").asString().equals("SELECTED")
								&& applicant.get("reflectionsSubmitted").asInt() == 1)
						.isPresent());

		assertThat(overview.propertyNames()).containsExactly("applications", "selected", "targetMin", "targetMax",
				"targetMet", "applicants");
		assertThat(overview.get("targetMin").asInt()).isEqualTo(6);
		assertThat(overview.get("targetMax").asInt()).isEqualTo(7);
		assertThat(overview.get("applications").asInt()).isEqualTo(overview.get("applicants").size());
		long selected = overview.get("applicants")
			.valueStream()
			.filter(applicant -> applicant.at("/application/decision").asString().equals("SELECTED"))
			.count();
		assertThat(overview.get("selected").asInt()).isEqualTo(selected).isPositive();
		assertThat(overview.get("targetMet").asBoolean()).isEqualTo(selected >= 6 && selected <= 7);
		assertThat(applicantOf(overview, stavanger.applicationId())).get().satisfies(applicant -> {
			assertThat(applicant.at("/application/municipalityName").asString()).isEqualTo("Stavanger");
			assertThat(applicant.at("/application/ksRegion").asString()).isEqualTo("KS Vest-Norge");
			assertThat(applicant.at("/application/kulturskoleradBranch").asString()).isEqualTo("Rogaland");
			assertThat(applicant.at("/application/decidedAt").asString()).isEqualTo("2027-02-01T13:00:00Z");
			assertThat(applicant.get("workshopsAttended").asInt()).isEqualTo(1);
			assertThat(applicant.get("reflectionsSubmitted").asInt()).isEqualTo(1);
		});
		assertThat(applicantOf(overview, kristiansand.applicationId())).get().satisfies(applicant -> {
			assertThat(applicant.at("/application/ksRegion").asString()).isEqualTo("KS Agder");
			assertThat(applicant.at("/application/decision").asString()).isEqualTo("PENDING");
			assertThat(applicant.at("/application/decidedAt").isNull()).isTrue();
			assertThat(applicant.get("workshopsAttended").asInt()).isZero();
			assertThat(applicant.get("reflectionsSubmitted").asInt()).isZero();
		});
	}

	@Test
	void aRebuildGivesIdenticalReportsAndTheQueriesKeepAnsweringWhileItRuns() throws InterruptedException {
		WorkshopHistory history = new WorkshopHistory();
		PilotHistory pilot = new PilotHistory();
		history.workshopEvents().forEach(this::publish);
		history.registrationEvents().forEach(this::publish);
		history.notificationEvents().forEach(this::publish);
		pilot.events().forEach(this::publish);
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptionsInstanceOf(HttpClientErrorException.NotFound.class)
			.until(() -> report(history.workshopId), report -> report.at("/totals/participants").asInt() == 7
					&& report.at("/totals/mailsSent").asInt() == 2 && report.get("title").isString());
		JsonNode pilotBefore = await().atMost(Duration.ofSeconds(30))
			.until(this::pilotOverview, answer -> applicantOf(answer, pilot.tromso.applicationId()).isPresent()
					&& applicantOf(answer, pilot.bergen.applicationId())
						.filter(applicant -> applicant.at("/application/decision").asString().equals("SELECTED"))
						.isPresent()
					&& applicantOf(answer, pilot.oslo.applicationId())
						.filter(applicant -> applicant.at("/application/decision").asString().equals("DECLINED"))
						.isPresent());
		JsonNode tromsoBefore = municipality("5501");
		assertThat(applicationIn(tromsoBefore.get("pilotApplications"), pilot.tromso.applicationId())).isPresent();
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
		assertThat(gauge("reporting.rebuild.running")).isEqualTo(1);
		assertThat(report(history.workshopId)).isEqualTo(reportsBefore.get(history.workshopId));
		assertThat(overview()).isEqualTo(overviewBefore);
		assertThat(pilotOverview()).isEqualTo(pilotBefore);
		assertThat(municipality("5501")).isEqualTo(tromsoBefore);
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
		// what operations see of it (the dashboards and the alert on a failed rebuild)
		assertThat(gauge("reporting.rebuild.running")).isZero();
		assertThat(gauge("reporting.rebuild.failed")).isZero();
		assertThat(gauge("reporting.rebuild.events")).isEqualTo(done.get("eventsApplied").asDouble());
		assertThat(overview()).isEqualTo(overviewWithLateMail);
		reportsBefore.forEach((id, before) -> assertThat(report(id)).isEqualTo(before));
		assertThat(pilotOverview()).isEqualTo(pilotBefore);
		assertThat(municipality("5501")).isEqualTo(tromsoBefore);
		assertThat(this.mongo.getCollectionNames()).contains("workshop_reports_" + generation,
				"pilot_applications_" + generation);
	}

	private double gauge(String name) {
		return this.meters.get(name).gauge().value();
	}

	private JsonNode rebuildStatus() {
		return this.http.get().uri("/api/reports/admin/rebuild").retrieve().body(JsonNode.class);
	}

	private JsonNode overview() {
		return this.http.get().uri("/api/reports/workshops").retrieve().body(JsonNode.class);
	}

	private JsonNode municipality(String number) {
		return this.http.get().uri("/api/reports/municipalities/{number}", number).retrieve().body(JsonNode.class);
	}

	private JsonNode pilotOverview() {
		return this.http.get().uri("/api/reports/pilot").retrieve().body(JsonNode.class);
	}

	private static Optional<JsonNode> workshopIn(JsonNode municipality, String workshopId) {
		return municipality.get("workshops")
			.valueStream()
			.filter(workshop -> workshop.get("workshopId").asString().equals(workshopId))
			.findFirst();
	}

	private static Optional<JsonNode> applicationIn(JsonNode applications, String applicationId) {
		return applications.valueStream()
			.filter(application -> application.get("applicationId").asString().equals(applicationId))
			.findFirst();
	}

	private static Optional<JsonNode> applicantOf(JsonNode pilotOverview, String applicationId) {
		return pilotOverview.get("applicants")
			.valueStream()
			.filter(applicant -> applicant.at("/application/applicationId").asString().equals(applicationId))
			.findFirst();
	}

	private static PilotApplicationSubmitted pilotApplication(Organisation organisation) {
		return new PilotApplicationSubmitted(UUID.randomUUID(), "a-" + UUID.randomUUID(), PilotHistory.SUBMITTED, 1,
				organisation, new Contact("Koordinator", "koordinator@kommune.example", null), "Vi vil være med",
				false);
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
	static class FixedClockConfiguration {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(TODAY, ZoneOffset.UTC);
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
		return publish(event, null);
	}

	/**
	 * @param traceparent as the producer's relay writes it, {@code null} for none
	 */
	private RecordMetadata publish(DomainEvent event, String traceparent) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventTopics.topicOf(event), event.partitionKey(),
				this.json.writeValueAsBytes(event));
		record.headers()
			.add(EventHeaders.ID, bytes(event.eventId().toString()))
			.add(EventHeaders.TYPE, bytes(event.getClass().getSimpleName()))
			.add(EventHeaders.CORRELATION_ID, bytes("test-" + event.eventId()));
		if (traceparent != null) {
			record.headers().add("traceparent", bytes(traceparent));
		}
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
