package no.ks.kulturskole.workshop.workshop;

import no.ks.kulturskole.testsupport.EventSchemas;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopFormat;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service against real Kafka and the MongoDB wire-protocol server: what the API
 * acknowledges is stored and announced exactly once; what it refuses leaves no trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class WorkshopSchedulingIntegrationTests {

	private static final String COLLECTION = "workshops";

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@Autowired
	RestTestClient http;

	/**
	 * These tests are about workshops, not about who may change them: every call is an
	 * administrator's, as the gateway would relay it (WorkshopSecurityTests is about
	 * who).
	 */
	@BeforeEach
	void signedInAsAdministrator() {
		this.http = this.http.mutate().defaultHeader("Authorization", CallerTokens.admin("workshop-service")).build();
	}

	@Autowired
	MongoTemplate mongo;

	@Autowired
	JsonMapper json;

	TopicProbe workshopEvents;

	@BeforeEach
	void listen() {
		this.workshopEvents = new TopicProbe(TestInfrastructure.kafka().getBrokersAsString(), Topics.WORKSHOP_EVENTS);
	}

	@AfterEach
	void stopListening() {
		this.workshopEvents.close();
	}

	@Test
	void aScheduledWorkshopIsStoredAndAnnouncedOnceWithTheCallersCorrelationId() {
		String correlationId = "it-" + UUID.randomUUID();
		Map<String, Object> request = WorkshopRequests.online("Kulturskolen som utviklingsaktør");
		// Unlike the defaults, so that the event can only have them from the request.
		request.put("organisers", List.of("Norsk kulturskoleråd", "Trondheim kommune"));
		request.put("free", false);

		EntityExchangeResult<String> created = post(request, correlationId);

		assertThat(created.getStatus()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getResponseHeaders().getFirst("X-Correlation-Id")).isEqualTo(correlationId);
		String workshopId = this.json.readTree(created.getResponseBody()).get("id").asString();
		assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/workshops/" + workshopId);
		assertThat(stored(workshopId)).isNotNull();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(announcementsOf(workshopId)).isNotEmpty());
		// The relay removes an entry only after the broker acknowledged it.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> stored(workshopId).getList("outbox", Document.class).isEmpty());
		List<PublishedRecord> announced = announcementsOf(workshopId);
		assertThat(announced).singleElement().satisfies(record -> {
			assertThat(record.key()).isEqualTo(workshopId);
			assertThat(record.correlationId()).isEqualTo(correlationId);
			WorkshopScheduled event = (WorkshopScheduled) this.json.readValue(record.value(), WorkshopEvent.class);
			assertThat(record.eventId()).isEqualTo(event.eventId().toString());
			assertMatchesRequest(event, workshopId);
			EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record);
			// The schema leaves the additive fields optional; this producer always sends
			// them.
			JsonNode payload = this.json.readTree(record.value());
			assertThat(payload.get("organisers").isArray()).isTrue();
			assertThat(payload.get("targetGroup").isString()).isTrue();
			assertThat(payload.get("free").isBoolean()).isTrue();
		});

		this.http.get()
			.uri("/api/workshops/{id}", workshopId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Kulturskolen som utviklingsaktør");
	}

	@Test
	void aRefusedWorkshopIsNeitherStoredNorAnnounced() {
		String title = "Avvist verksted " + UUID.randomUUID();
		String refusedCorrelationId = "refused-" + UUID.randomUUID();
		Map<String, Object> breaksARule = WorkshopRequests.online(title);
		breaksARule.put("registrationDeadline", WorkshopRequests.YEAR + "-03-11T09:00");
		Map<String, Object> breaksTheForm = WorkshopRequests.online(title);
		WorkshopRequests.firstSession(breaksTheForm).remove("capacity");

		for (Map<String, Object> refused : List.of(breaksARule, breaksTheForm)) {
			EntityExchangeResult<String> answer = post(refused, refusedCorrelationId);
			assertThat(answer.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}

		// A workshop scheduled after the refused ones is announced; anything stored
		// before it would have been relayed by then.
		String markerId = this.json
			.readTree(post(WorkshopRequests.online("Etterfølgende verksted"), null).getResponseBody())
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(announcementsOf(markerId)).hasSize(1));
		assertThat(this.mongo.count(Query.query(Criteria.where("title").is(title)), COLLECTION)).isZero();
		assertThat(this.workshopEvents.records())
			.noneMatch(record -> refusedCorrelationId.equals(record.correlationId()) || record.value().contains(title));
	}

	@Test
	void theOpenApiDocumentDescribesStaffAndPublicPathsWithAnExampleRequest() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/workshops'].post.requestBody.content['application/json'].examples")
			.exists()
			.jsonPath("$.paths['/api/workshops/{id}'].get")
			.exists()
			.jsonPath("$.paths['/api/public/workshops'].get")
			.exists()
			.jsonPath("$.paths['/api/public/workshops/{id}'].get.responses['200'].content['application/json'].examples")
			.exists()
			.jsonPath("$.paths['/api/public/workshops'].get.responses['200'].content['application/json'].examples")
			.exists()
			.jsonPath("$.components.schemas.PublicWorkshopResponse.properties.meetingUrl")
			.doesNotExist()
			.jsonPath("$.components.schemas.PublicSession.properties.meetingUrl")
			.doesNotExist()
			.jsonPath("$.components.schemas.StaffSession.properties.meetingUrl")
			.exists()
			.jsonPath("$.components.schemas.ScheduleWorkshopRequest.properties.organisers.description")
			.value(String.class, description -> assertThat(description).contains("KS", "Norsk kulturskoleråd"))
			.jsonPath("$.components.schemas.ScheduleWorkshopRequest.properties.organisers.example[0]")
			.isEqualTo("KS")
			.jsonPath("$.components.schemas.ScheduleWorkshopRequest.properties.free.default")
			.isEqualTo(true)
			.jsonPath("$.components.schemas.PublicWorkshopResponse.properties.organisers.example[1]")
			.isEqualTo("Norsk kulturskoleråd")
			.jsonPath("$.components.schemas.PublicWorkshopResponse.properties.targetGroup")
			.exists()
			.jsonPath("$.components.schemas.PublicWorkshopResponse.properties.free")
			.exists();
	}

	private void assertMatchesRequest(WorkshopScheduled event, String workshopId) {
		ZoneId oslo = ZoneId.of("Europe/Oslo");
		int year = WorkshopRequests.YEAR;
		assertThat(event.workshopId()).isEqualTo(workshopId);
		assertThat(event.schemaVersion()).isEqualTo(WorkshopScheduled.SCHEMA_VERSION);
		assertThat(event.title()).isEqualTo("Kulturskolen som utviklingsaktør");
		assertThat(event.description()).isEqualTo("Digitalt verksted om kulturskolens rolle i kommunen.");
		assertThat(event.programme()).isEqualTo("Fremtidens kulturskole");
		assertThat(event.format()).isEqualTo(WorkshopFormat.ONLINE);
		assertThat(event.venue()).isNull();
		assertThat(event.language()).isEqualTo("nb");
		assertThat(event.registrationDeadline())
			.isEqualTo(LocalDateTime.of(year, 3, 1, 23, 59).atZone(oslo).toInstant());
		assertThat(event.minDelegationSize()).isEqualTo(2);
		assertThat(event.maxDelegationSize()).isEqualTo(6);
		assertThat(event.outsideRoleRequired()).isTrue();
		assertThat(event.organisers()).containsExactly("Norsk kulturskoleråd", "Trondheim kommune");
		assertThat(event.targetGroup()).isEqualTo(WorkshopRequests.TARGET_GROUP);
		assertThat(event.free()).isFalse();
		assertThat(event.occurredAt()).isBeforeOrEqualTo(Instant.now());
		assertThat(event.sessions()).singleElement().satisfies((SessionDetails session) -> {
			assertThat(session.sessionId()).isNotBlank();
			assertThat(session.startsAt()).isEqualTo(LocalDateTime.of(year, 3, 10, 9, 0).atZone(oslo).toInstant());
			assertThat(session.endsAt()).isEqualTo(LocalDateTime.of(year, 3, 10, 11, 30).atZone(oslo).toInstant());
			assertThat(session.capacity()).isEqualTo(60);
			assertThat(session.meetingUrl()).isEqualTo(WorkshopRequests.MEETING_URL);
		});
	}

	private EntityExchangeResult<String> post(Map<String, Object> request, String correlationId) {
		return this.http.post().uri("/api/workshops").contentType(MediaType.APPLICATION_JSON).headers(headers -> {
			if (correlationId != null) {
				headers.set("X-Correlation-Id", correlationId);
			}
		}).body(this.json.writeValueAsString(request)).exchange().returnResult(String.class);
	}

	private Document stored(String workshopId) {
		return this.mongo.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class, COLLECTION);
	}

	private List<PublishedRecord> announcementsOf(String workshopId) {
		return this.workshopEvents.recordsOfType("WorkshopScheduled")
			.stream()
			.filter(record -> workshopId.equals(record.key()))
			.toList();
	}

}
