package no.ks.kulturskole.workshop.workshop;

import no.ks.kulturskole.testsupport.EventSchemas;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.workshop.MaterialsPublished;
import no.ks.kulturskole.contracts.workshop.RegistrationClosed;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.RestartableKafka;
import no.ks.kulturskole.testsupport.TopicProbe;
import no.ks.kulturskole.testsupport.TopicProbe.PublishedRecord;
import no.ks.kulturskole.workshop.ControllableClock;
import no.ks.kulturskole.workshop.workshop.application.WorkshopTimetable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Every workshop event is published once per change, with a schema-valid payload, also
 * across a broker outage." With the broker stopped, staff keep working: every change is
 * acknowledged and its events wait in the workshop's outbox; once a broker is back on the
 * same address, each of them arrives, in order per workshop (at least once: a copy sent
 * again after a relay was fenced is the same event, which consumers drop by its id).
 * <p>
 * The shared broker cannot be stopped, so this context has a {@link RestartableKafka} of
 * its own. The broker that comes back is a new, empty one, so everything on it was
 * relayed from the outbox after the outage. The context is closed after the class, so no
 * other test talks to a broker that comes and goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "workshop.timetable.interval=PT1H")
@AutoConfigureRestTestClient
@Import(ControllableClock.class)
@DirtiesContext
class WorkshopEventsAcrossBrokerOutageTests {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final int YEAR = WorkshopRequests.YEAR;

	private static final String COLLECTION = "workshops";

	private static final RestartableKafka kafka = new RestartableKafka();

	@DynamicPropertySource
	static void ownBroker(DynamicPropertyRegistry registry) {
		kafka.start().registerKafkaAndMongo(registry);
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

	@Autowired
	WorkshopTimetable timetable;

	@Autowired
	MeterRegistry meters;

	@Test
	void everyWorkshopEventOfAnOutageArrivesInOrderWithAValidPayloadWhenTheBrokerIsBack() {
		ControllableClock.CLOCK.set(Instant.now());
		// With the broker up: a draft to take through its life during the outage, and two
		// scheduled workshops whose announcements go out at once, so that the relay's
		// producer is connected when the broker goes away.
		Map<String, Object> draftRequest = WorkshopRequests.online("Verksted gjennom brudd");
		draftRequest.put("draft", true);
		JsonNode draft = send(HttpMethod.POST, "/api/workshops", draftRequest, HttpStatus.CREATED);
		String lived = draft.get("id").asString();
		String morning = draft.get("sessions").get(0).get("sessionId").asString();
		String cancelled = send(HttpMethod.POST, "/api/workshops", WorkshopRequests.online("Verksted som avlyses"),
				HttpStatus.CREATED)
			.get("id")
			.asString();
		Map<String, Object> earlyRequest = WorkshopRequests.online("Verksted som fullføres");
		earlyRequest.put("sessions", List.of(WorkshopRequests.session("03-05T09:00", "03-05T11:30", 60)));
		String completed = send(HttpMethod.POST, "/api/workshops", earlyRequest, HttpStatus.CREATED).get("id")
			.asString();
		try (TopicProbe firstBroker = new TopicProbe(kafka.bootstrapServers(), Topics.WORKSHOP_EVENTS)) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(firstBroker.recordsOfType("WorkshopScheduled"))
					.extracting(PublishedRecord::key)
					.containsExactlyInAnyOrder(cancelled, completed));
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outbox(lived).isEmpty() && outbox(cancelled).isEmpty() && outbox(completed).isEmpty());

		kafka.stop();
		double failuresBefore = relayFailures();

		send(HttpMethod.POST, "/api/workshops/" + lived + "/schedule", null, HttpStatus.OK);
		send(HttpMethod.POST, "/api/workshops/" + lived + "/reschedule",
				Map.of("registrationDeadline", YEAR + "-03-08T23:59", "reason", "Vinterferie", "sessions", List.of(Map
					.of("sessionId", morning, "startsAt", YEAR + "-03-17T09:00", "endsAt", YEAR + "-03-17T11:30"))),
				HttpStatus.OK);
		send(HttpMethod.POST, "/api/workshops/" + lived + "/sessions",
				Map.of("startsAt", YEAR + "-03-17T12:30", "endsAt", YEAR + "-03-17T15:00", "capacity", 40),
				HttpStatus.CREATED);
		send(HttpMethod.PATCH, "/api/workshops/" + lived + "/sessions/" + morning, Map.of("capacity", 80),
				HttpStatus.OK);
		JsonNode prepared = send(HttpMethod.PUT, "/api/workshops/" + lived + "/preparation",
				Map.of("materials", List.of(Map.of("title", "Innledning", "url", "https://kulturskoleradet.no/a.pdf")),
						"reflectionQuestions", List.of("Hva er kulturskolens rolle i kommunen?")),
				HttpStatus.OK);
		send(HttpMethod.POST, "/api/workshops/" + lived + "/close-registration", null, HttpStatus.OK);
		send(HttpMethod.POST, "/api/workshops/" + cancelled + "/cancel", Map.of("reason", "For få påmeldte"),
				HttpStatus.OK);
		// The material's release (10 March) and the early workshop's deadline and end
		// (1 and 5 March) have all passed; the cancelled workshop is left alone.
		Instant release = oslo(YEAR + "-03-10T09:00");
		assertThat(prepared.get("preparation").get("releaseAt").asString()).isEqualTo(release.toString());
		ControllableClock.CLOCK.set(release.plusSeconds(60));
		assertThat(this.timetable.runDue()).isEqualTo(2);
		send(HttpMethod.PATCH, "/api/workshops/" + lived + "/details",
				Map.of("title", "Verksted gjennom brudd, nytt navn"), HttpStatus.OK);

		// The relay tries, fails, and leaves every event where it is.
		await().atMost(Duration.ofSeconds(60)).until(() -> relayFailures() > failuresBefore);
		List<Document> livedPending = outbox(lived);
		List<Document> cancelledPending = outbox(cancelled);
		List<Document> completedPending = outbox(completed);
		assertThat(livedPending).extracting(entry -> entry.getString("type"))
			.containsExactly("WorkshopScheduled", "WorkshopRescheduled", "SessionAdded", "SessionChanged",
					"RegistrationClosed", "MaterialsPublished", "WorkshopDetailsChanged");
		assertThat(cancelledPending).extracting(entry -> entry.getString("type")).containsExactly("WorkshopCancelled");
		assertThat(completedPending).extracting(entry -> entry.getString("type"))
			.containsExactly("RegistrationClosed", "WorkshopCompleted");

		kafka.start();

		try (TopicProbe secondBroker = new TopicProbe(kafka.bootstrapServers(), Topics.WORKSHOP_EVENTS)) {
			// The relay pulls an entry only after the broker acknowledged it: once the
			// outboxes are empty, everything it will ever write for them is on the topic.
			await().atMost(Duration.ofSeconds(90))
				.until(() -> outbox(lived).isEmpty() && outbox(cancelled).isEmpty() && outbox(completed).isEmpty());
			long onTheTopic = recordsOnTheTopic();
			await().atMost(Duration.ofSeconds(30)).until(() -> secondBroker.records().size() >= onTheTopic);
			List<PublishedRecord> copies = secondBroker.records();
			// Delivery is at least once: a relay whose lease ran out while the broker
			// came
			// back (a slow, loaded machine) is fenced, and the one that takes over sends
			// the entries still there again. Every copy is the same event, and consumers
			// drop it by its id.
			Map<String, PublishedRecord> firstCopies = new LinkedHashMap<>();
			copies.forEach(copy -> firstCopies.putIfAbsent(copy.eventId(), copy));
			assertThat(copies)
				.allSatisfy(copy -> assertThat(copy.value()).isEqualTo(firstCopies.get(copy.eventId()).value()));
			List<PublishedRecord> published = List.copyOf(firstCopies.values());

			// Nothing else publishes to this new broker: exactly the ten pending events,
			// every workshop event type among them.
			assertThat(published).hasSize(10);
			assertThat(onTheTopic).isGreaterThanOrEqualTo(10);
			assertThat(published.stream().collect(Collectors.groupingBy(PublishedRecord::type, Collectors.counting())))
				.isEqualTo(Map.of("WorkshopScheduled", 1L, "WorkshopRescheduled", 1L, "WorkshopDetailsChanged", 1L,
						"SessionAdded", 1L, "SessionChanged", 1L, "MaterialsPublished", 1L, "RegistrationClosed", 2L,
						"WorkshopCancelled", 1L, "WorkshopCompleted", 1L));
			// Per workshop, in the order of the changes: the same events, with the same
			// ids, as waited in its outbox.
			assertThat(recordsOf(published, lived)).extracting(PublishedRecord::eventId)
				.containsExactlyElementsOf(eventIds(livedPending));
			assertThat(recordsOf(published, cancelled)).extracting(PublishedRecord::eventId)
				.containsExactlyElementsOf(eventIds(cancelledPending));
			assertThat(recordsOf(published, completed)).extracting(PublishedRecord::eventId)
				.containsExactlyElementsOf(eventIds(completedPending));
			published.forEach((record) -> EventSchemas.assertMatchesItsSchema(Topics.WORKSHOP_EVENTS, record));
			assertThat(published)
				.allSatisfy(record -> assertThat(event(record).eventId()).hasToString(record.eventId()));

			List<PublishedRecord> livedRecords = recordsOf(published, lived);
			WorkshopScheduled scheduledDraft = (WorkshopScheduled) event(livedRecords.get(0));
			assertThat(scheduledDraft.title()).isEqualTo("Verksted gjennom brudd");
			assertThat(scheduledDraft.organisers()).containsExactly("KS", "Norsk kulturskoleråd");
			assertThat(scheduledDraft.targetGroup()).isEqualTo(WorkshopRequests.TARGET_GROUP);
			assertThat(scheduledDraft.free()).isTrue();
			assertThat(((RegistrationClosed) event(livedRecords.get(4))).closedBy()).isEqualTo("STAFF");
			assertThat(((MaterialsPublished) event(livedRecords.get(5))).releaseAt()).isEqualTo(release);
			assertThat(((WorkshopDetailsChanged) event(livedRecords.get(6))).title())
				.isEqualTo("Verksted gjennom brudd, nytt navn");
			assertThat(((WorkshopCancelled) event(recordsOf(published, cancelled).get(0))).reason())
				.isEqualTo("For få påmeldte");
			assertThat(((RegistrationClosed) event(recordsOf(published, completed).get(0))).closedBy())
				.isEqualTo("DEADLINE");
		}
	}

	private double relayFailures() {
		return this.meters.counter("platform.outbox.failures").count();
	}

	private List<Document> outbox(String workshopId) {
		Document stored = this.mongo.findOne(Query.query(Criteria.where("_id").is(workshopId)), Document.class,
				COLLECTION);
		return stored.getList("outbox", Document.class);
	}

	private static List<String> eventIds(List<Document> entries) {
		return entries.stream().map(entry -> entry.getString("eventId")).toList();
	}

	private static List<PublishedRecord> recordsOf(List<PublishedRecord> records, String workshopId) {
		return records.stream().filter(record -> workshopId.equals(record.key())).toList();
	}

	/** How many records the broker holds on workshop.events, over all partitions. */
	private static long recordsOnTheTopic() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
			int partitions = admin.describeTopics(List.of(Topics.WORKSHOP_EVENTS))
				.allTopicNames()
				.get()
				.get(Topics.WORKSHOP_EVENTS)
				.partitions()
				.size();
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			for (int partition = 0; partition < partitions; partition++) {
				latest.put(new TopicPartition(Topics.WORKSHOP_EVENTS, partition), OffsetSpec.latest());
			}
			return admin.listOffsets(latest)
				.all()
				.get()
				.values()
				.stream()
				.mapToLong(ListOffsetsResultInfo::offset)
				.sum();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the end offsets of " + Topics.WORKSHOP_EVENTS, ex);
		}
	}

	private WorkshopEvent event(PublishedRecord record) {
		return this.json.readValue(record.value(), WorkshopEvent.class);
	}

	private static Instant oslo(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
	}

	private JsonNode send(HttpMethod method, String uri, Object body, HttpStatus expected) {
		RestTestClient.RequestBodySpec request = this.http.method(method).uri(uri);
		RestTestClient.ResponseSpec response = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).body(this.json.writeValueAsString(body)).exchange()
				: request.exchange();
		EntityExchangeResult<String> result = response.returnResult(String.class);
		assertThat(result.getStatus()).as("%s %s: %s", method, uri, result.getResponseBody()).isEqualTo(expected);
		return this.json.readTree(result.getResponseBody());
	}

	/** Stops the broker when the context closes, after the service's clients. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnBrokerLifecycle {

		@Bean
		DisposableBean stopOwnBroker() {
			return kafka::stop;
		}

	}

}
