package no.ks.kulturskole.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6 as staff meet it through the gateway: the dashboard's coverage by KS region
 * follows the registrations, and the dashboard's event stream announces every change of
 * the workshop's numbers. And issue 16's attendance, imported from the video meeting's
 * report, counted by region and shown in the pilot overviews.
 */
class CoverageEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(60);

	private static final String ADMIN_USER = "admin";

	private static final String ADMIN_PASSWORD = "kulturskole-admin";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlatformClient client = RunningPlatform.client();

	private final HttpClient http = HttpClient.newHttpClient();

	/** Data lines of the dashboard stream as they arrive, in order. */
	private final List<String> streamed = new CopyOnWriteArrayList<>();

	private CompletableFuture<HttpResponse<Stream<String>>> stream;

	@AfterEach
	void closeTheStream() {
		if (this.stream != null) {
			this.stream.cancel(true);
			this.stream.thenAccept(response -> response.body().close());
		}
	}

	@Test
	void afterBergenAndTromsoRegisterCoverageShowsOneMunicipalityInKsVestNorgeAndKsNordNorgeAndTheStreamAnnouncesEachChange() {
		subscribeToTheDashboardStream();
		String workshopId = workshop();
		await().atMost(EVENTUALLY).until(() -> announcementsOf(workshopId) >= 1);
		await().atMost(EVENTUALLY)
			.until(() -> this.client.getAsStaff("/api/reports/workshops/" + workshopId).status() == 200);

		long beforeBergen = announcementsOf(workshopId);
		register(workshopId, "4601", "bergen");
		await().atMost(EVENTUALLY).until(() -> announcementsOf(workshopId) > beforeBergen);
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(area(coverage(workshopId), "KS Vest-Norge").get("registered").asInt())
				.isEqualTo(1));

		long beforeTromso = announcementsOf(workshopId);
		register(workshopId, "5501", "tromso");
		await().atMost(EVENTUALLY).until(() -> announcementsOf(workshopId) > beforeTromso);
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(area(coverage(workshopId), "KS Nord-Norge").get("registered").asInt())
				.isEqualTo(1));

		JsonNode coverage = coverage(workshopId);
		assertThat(coverage.get("registered").asInt()).isEqualTo(2);
		assertThat(coverage.get("municipalities").asInt()).isEqualTo(357);
		JsonNode vest = area(coverage, "KS Vest-Norge");
		assertThat(numbers(vest.get("registeredMunicipalities"))).containsExactly("4601");
		assertThat(numbers(vest.get("missing"))).hasSize(vest.get("municipalities").asInt() - 1)
			.doesNotContain("4601")
			.contains("1103", "4602");
		JsonNode nord = area(coverage, "KS Nord-Norge");
		assertThat(numbers(nord.get("registeredMunicipalities"))).containsExactly("5501");
		assertThat(numbers(nord.get("missing"))).hasSize(nord.get("municipalities").asInt() - 1)
			.doesNotContain("5501")
			.contains("1804");
		assertThat(coverage.get("areas").valueStream())
			.filteredOn(area -> !area.get("area").asString().equals("KS Vest-Norge")
					&& !area.get("area").asString().equals("KS Nord-Norge"))
			.isNotEmpty()
			.allSatisfy(area -> {
				assertThat(area.get("registered").asInt()).isZero();
				assertThat(area.get("missing").size()).isEqualTo(area.get("municipalities").asInt());
			});
	}

	@Test
	void staffRebuildTheReportsFromTheTopicsAndGetTheSameAnswers() {
		String workshopId = workshop();
		register(workshopId, "4601", "bergen");
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(area(coverage(workshopId), "KS Vest-Norge").get("registered").asInt())
				.isEqualTo(1));
		// settled: the e-mails of the registration have been reported too
		AtomicReference<JsonNode> previous = new AtomicReference<>();
		JsonNode reportBefore = await().atMost(EVENTUALLY)
			.during(Duration.ofSeconds(3))
			.until(() -> this.client.getAsStaff("/api/reports/workshops/" + workshopId).json(),
					report -> report.equals(previous.getAndSet(report)));
		JsonNode coverageBefore = coverage(workshopId);

		assertThat(this.client.postAsStaff("/api/reports/admin/rebuild", "{}").status())
			.as("a rebuild is for administrators")
			.isEqualTo(403);
		HttpResponse<String> started = asAdmin("POST", "/api/reports/admin/rebuild");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String generation = JSON.readTree(started.body()).get("generation").asString();
		// the serving read models answer while the new ones are filled
		assertThat(this.client.getAsStaff("/api/reports/workshops/" + workshopId).status()).isEqualTo(200);

		JsonNode done = await().atMost(EVENTUALLY)
			.until(() -> JSON.readTree(asAdmin("GET", "/api/reports/admin/rebuild").body()),
					status -> !status.get("state").asString().equals("RUNNING"));
		assertThat(done.get("state").asString()).isEqualTo("DONE");
		assertThat(done.get("activeGeneration").asString()).isEqualTo(generation);
		assertThat(this.client.getAsStaff("/api/reports/workshops/" + workshopId).json()).isEqualTo(reportBefore);
		assertThat(coverage(workshopId)).isEqualTo(coverageBefore);
	}

	/**
	 * Issue 14's proof: a delegation whose names, e-mails and phone carry a marker, its
	 * mails, reflection answers and pilot application, erased by e-mail; then not one
	 * byte of any topic and not one document of any database holds the marker, also after
	 * a read-model rebuild, and the workshop's counts are the same.
	 */
	@Test
	void anErasureByEmailLeavesTheMarkerInNoTopicAndNoDatabaseAlsoAfterARebuildAndTheCountsStay() {
		String workshopId = workshop();
		String marker = "gdpr" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		// a phone number takes digits only: its own marker, scanned for as well
		String phone = "4" + String.format("%07d", Math.floorMod(marker.hashCode(), 10_000_000));
		String email = "koordinator." + marker + "@drammen.example.no";
		String body = """
				{"municipalityNumber": "3301",
				 "coordinator": {"name": "Kari %1$s", "email": "%2$s", "phone": "+47 %3$s"},
				 "participants": [
				  {"name": "Kari %1$s", "email": "%2$s", "roleTitle": "Kulturskolerektor", "roleCategory": "KULTURSKOLE"},
				  {"name": "Ola %1$s", "email": "ola.%1$s@drammen.example.no", "roleTitle": "Ordfører",
				   "roleCategory": "POLITICIAN"}]}"""
			.formatted(marker, email, phone);
		PlatformClient.Answer registered = await().atMost(EVENTUALLY)
			.until(() -> this.client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
					body, null), (answer) -> answer.status() != 404);
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String delegationId = registered.json().get("delegationId").asString();
		String token = registered.json().get("manageToken").asString();
		HttpResponse<String> reflection = send("PUT", "/api/public/registrations/" + delegationId + "/reflection",
				Map.of("X-Manage-Token", token), """
						{"answers": [{"question": "Hva er kulturskolens rolle?", "answer": "Svar fra %s"}]}"""
					.formatted(marker));
		assertThat(reflection.statusCode()).as(reflection.body()).isEqualTo(200);
		HttpResponse<String> pilot = send("POST", "/api/public/pilot-applications", Map.of(), """
				{"municipalityNumber": "3301", "contact": {"name": "Kari %1$s", "email": "%2$s", "phone": "+47 %3$s"},
				 "motivation": "Motivasjon %1$s", "inGuidanceScheme": true}""".formatted(marker, email, phone));
		assertThat(pilot.statusCode()).as(pilot.body()).isEqualTo(201);
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			assertThat(RunningPlatform.get().mailbox().messages())
				.filteredOn((mail) -> mail.deliveredTo().contains(marker))
				.hasSizeGreaterThanOrEqualTo(3);
			JsonNode report = this.client.getAsStaff("/api/reports/workshops/" + workshopId).json();
			assertThat(report.get("totals").get("reflectionsSubmitted").asInt()).isEqualTo(1);
			assertThat(report.toString()).contains(marker);
		});
		assertThat(scanTopicsAndDatabasesFor(marker)).as("the marker before the erasure").isNotEmpty();
		assertThat(scanTopicsAndDatabasesFor(phone)).as("the phone number before the erasure").isNotEmpty();
		JsonNode totalsBefore = this.client.getAsStaff("/api/reports/workshops/" + workshopId).json().get("totals");

		HttpResponse<String> asked = asAdmin("POST", "/api/privacy/erasures", "{\"email\": \"" + email + "\"}");
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		String erasureId = JSON.readTree(asked.body()).get("erasureId").asString();
		await().atMost(EVENTUALLY).untilAsserted(() -> {
			JsonNode status = JSON.readTree(asAdmin("GET", "/api/privacy/erasures/" + erasureId, null).body());
			assertThat(status.get("owners").size()).isEqualTo(2);
			assertThat(status.get("services").valueStream())
				.allSatisfy((service) -> assertThat(service.get("status").asString()).isEqualTo("DONE"));
		});

		assertThat(scanTopicsAndDatabasesFor(marker)).as("where the marker is left after the erasure").isEmpty();
		assertThat(scanTopicsAndDatabasesFor(phone)).as("where the phone number is left after the erasure").isEmpty();
		JsonNode erased = this.client.getAsStaff("/api/reports/workshops/" + workshopId).json();
		assertThat(erased.get("totals")).isEqualTo(totalsBefore);
		assertThat(erased.get("participants").valueStream())
			.filteredOn((p) -> p.get("delegationId").asString().equals(delegationId))
			.extracting((p) -> p.get("name").asString())
			.containsOnly("slettet");

		HttpResponse<String> rebuild = asAdmin("POST", "/api/reports/admin/rebuild", null);
		assertThat(rebuild.statusCode()).as(rebuild.body()).isEqualTo(202);
		await().atMost(EVENTUALLY)
			.until(() -> JSON.readTree(asAdmin("GET", "/api/reports/admin/rebuild", null).body()),
					(state) -> state.get("state").asString().equals("DONE"));
		assertThat(scanTopicsAndDatabasesFor(marker)).as("where the marker is back after a rebuild").isEmpty();
		assertThat(scanTopicsAndDatabasesFor(phone)).as("where the phone number is back after a rebuild").isEmpty();
		assertThat(this.client.getAsStaff("/api/reports/workshops/" + workshopId).json().get("totals"))
			.isEqualTo(totalsBefore);
	}

	/**
	 * Every topic's raw bytes (keys, values, headers) and every document: where the text
	 * is.
	 */
	private static List<String> scanTopicsAndDatabasesFor(String text) {
		List<String> found = new ArrayList<>();
		byte[] needle = text.getBytes(StandardCharsets.UTF_8);
		String bootstrap = RunningPlatform.get().kafkaBootstrap();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
				KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
						Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
								ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
						new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
			assertThat(topics).contains("registration.events", "privacy.keys",
					"error.registration.events.notification-service");
			List<TopicPartition> partitions = new ArrayList<>();
			admin.describeTopics(topics)
				.allTopicNames()
				.get()
				.values()
				.forEach((topic) -> topic.partitions()
					.forEach((partition) -> partitions.add(new TopicPartition(topic.name(), partition.partition()))));
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))
					&& System.nanoTime() < deadline) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					boolean hit = contains(record.key(), needle) || contains(record.value(), needle);
					for (Header header : record.headers()) {
						hit |= contains(header.value(), needle);
					}
					if (hit) {
						found.add("topic " + record.topic() + "-" + record.partition() + "@" + record.offset());
					}
				}
			}
			// at least to the end seen when the scan began: a partition still written to
			// (the
			// consumer groups' offsets) may have been read further, which scans more
			assertThat(partitions).as("every partition read to its end")
				.allSatisfy((partition) -> assertThat(consumer.position(partition))
					.isGreaterThanOrEqualTo(ends.get(partition)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		try (MongoClient mongo = MongoClients.create(RunningPlatform.get().mongoUri())) {
			for (String database : mongo.listDatabaseNames()) {
				for (String collection : mongo.getDatabase(database).listCollectionNames()) {
					for (Document document : mongo.getDatabase(database).getCollection(collection).find()) {
						if (document.toJson().contains(text)) {
							found.add("database " + database + "." + collection + " " + document.get("_id"));
						}
					}
				}
			}
		}
		return found;
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		if (haystack == null) {
			return false;
		}
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * Through the gateway, as a browser or another system calls; anonymous unless the
	 * headers say otherwise.
	 * @param json the body, {@code null} for none
	 */
	private HttpResponse<String> send(String method, String path, Map<String, String> headers, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.get().gatewayUrl() + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void attendanceImportedFromZoomsReportShowsInTheReportByRegionAndInBothPilotOverviews() {
		String workshopId = workshop();
		register(workshopId, "1806", "narvik");
		PlatformClient.Answer applied = this.client.post("/api/public/pilot-applications", "application/json",
				"""
						{"municipalityNumber": "1806", "contact": {"name": "Koordinator", "email": "koordinator@narvik.example.no"},
						 "motivation": "Vi vil gjøre kulturskolen til et ressurssenter.", "inGuidanceScheme": true}""",
				null);
		assertThat(applied.status()).as(applied.body()).isIn(200, 201);
		String sessionId = this.client.getAsStaff("/api/workshops/" + workshopId)
			.json()
			.get("sessions")
			.get(0)
			.get("sessionId")
			.asString();
		String attendance = "/api/workshops/" + workshopId + "/sessions/" + sessionId + "/attendance";

		PlatformClient.Answer matched = this.client.postAsStaff(attendance + "/meeting-report", "text/csv",
				"""
						Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
						812 3456 7890,Verksted for dekningsrapporten,03/10/2027 08:50:03 AM,03/10/2027 11:35:12 AM,verksted@ks.no,166,2

						Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
						Deltaker 1,Deltaker1@narvik.example.no,03/10/2027 08:55:12 AM,03/10/2027 11:30:02 AM,155,No
						Gjest (iPad),,03/10/2027 09:02:00 AM,03/10/2027 10:37:00 AM,95,Yes
						""");
		assertThat(matched.status()).as(matched.body()).isEqualTo(200);
		assertThat(matched.json().get("unmatched").valueStream().map(row -> row.get("name").asString()))
			.containsExactly("Gjest (iPad)");
		List<String> present = matched.json()
			.get("matched")
			.valueStream()
			.map(row -> row.get("participantId").asString())
			.toList();
		assertThat(present).hasSize(1);
		PlatformClient.Answer recorded = this.client.putAsStaff(attendance,
				JSON.writeValueAsString(java.util.Map.of("present", present)));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

		await().atMost(EVENTUALLY).untilAsserted(() -> {
			JsonNode summary = this.client.getAsStaff("/api/reports/workshops/" + workshopId)
				.json()
				.get("attendanceSummary");
			assertThat(summary.get("persons").asInt()).isEqualTo(1);
			assertThat(summary.get("perKsRegion")).singleElement().satisfies(region -> {
				assertThat(region.get("key").asString()).isEqualTo("KS Nord-Norge");
				assertThat(region.get("persons").asInt()).isEqualTo(1);
			});
		});
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(this.client.getAsStaff("/api/reports/pilot")
				.json()
				.get("applicants")
				.valueStream()
				.filter(applicant -> applicant.get("application").get("municipalityNumber").asString().equals("1806")))
				.singleElement()
				.satisfies(applicant -> assertThat(applicant.get("workshopsPresent").asInt()).isEqualTo(1)));
		assertThat(this.client.getAsStaff("/api/pilot-applications")
			.json()
			.get("applications")
			.valueStream()
			.filter(application -> application.get("organisation").get("number").asString().equals("1806"))
			.flatMap(application -> application.get("attended").valueStream())
			.filter(attended -> attended.get("workshopId").asString().equals(workshopId))).singleElement()
			.satisfies(attended -> assertThat(attended.get("presentPersons").asInt()).isEqualTo(1));
	}

	@Test
	void theReportsAreForStaffOnly() {
		assertThat(this.client.get("/api/reports/coverage?dimension=ks-region").status()).isEqualTo(401);
		assertThat(this.client.get("/api/reports/stream").status()).isEqualTo(401);
		assertThat(this.client.post("/api/reports/admin/rebuild", "application/json", "{}", null).status())
			.isEqualTo(401);
	}

	private void subscribeToTheDashboardStream() {
		String credentials = Base64.getEncoder()
			.encodeToString(
					(PlatformClient.STAFF_USER + ":" + PlatformClient.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(RunningPlatform.get().gatewayUrl() + "/api/reports/stream"))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Basic " + credentials)
			.GET()
			.build();
		this.stream = this.http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		this.stream.thenAcceptAsync(response -> {
			assertThat(response.statusCode()).isEqualTo(200);
			response.body().filter(line -> line.startsWith("data:")).forEach(this.streamed::add);
		});
		// the stream's first event says the subscription is in place
		await().atMost(EVENTUALLY).until(() -> !this.streamed.isEmpty());
	}

	/** The demo administrator of the local platform: rebuilds are theirs alone. */
	private HttpResponse<String> asAdmin(String method, String path) {
		return asAdmin(method, path, null);
	}

	/**
	 * @param json the body, {@code null} for none
	 */
	private HttpResponse<String> asAdmin(String method, String path, String json) {
		String credentials = Base64.getEncoder()
			.encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		return send(method, path, Map.of("Authorization", "Basic " + credentials), json);
	}

	private long announcementsOf(String workshopId) {
		return this.streamed.stream().filter(line -> line.contains("\"workshopId\":\"" + workshopId + "\"")).count();
	}

	private JsonNode coverage(String workshopId) {
		PlatformClient.Answer answer = this.client
			.getAsStaff("/api/reports/coverage?dimension=ks-region&workshopId=" + workshopId);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static JsonNode area(JsonNode coverage, String name) {
		return coverage.get("areas")
			.valueStream()
			.filter(area -> area.get("area").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No area " + name + " in " + coverage));
	}

	private static List<String> numbers(JsonNode municipalities) {
		return municipalities.valueStream().map(municipality -> municipality.get("number").asString()).toList();
	}

	private String workshop() {
		LocalDate day = LocalDate.now().plusDays(30);
		PlatformClient.Answer created = this.client.postAsStaff("/api/workshops", """
				{"title": "Verksted for dekningsrapporten", "programme": "Fremtidens kulturskole", "format": "ONLINE",
				 "meetingUrl": "https://møte.example.no/dekning", "registrationDeadline": "%sT12:00",
				 "minDelegationSize": 2, "maxDelegationSize": 6, "outsideRoleRequired": false,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": 40}]}
				""".formatted(day.minusDays(7), day, day));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void register(String workshopId, String municipality, String name) {
		String body = """
				{"municipalityNumber": "%s", "coordinator": {"name": "Koordinator", "email": "koordinator@%s.example.no"},
				 "participants": [
				  {"name": "Deltaker 1", "email": "deltaker1@%s.example.no", "roleTitle": "Lærer", "roleCategory": "KULTURSKOLE"},
				  {"name": "Deltaker 2", "email": "deltaker2@%s.example.no", "roleTitle": "Rektor", "roleCategory": "SCHOOL"}]}"""
			.formatted(municipality, name, name, name);
		PlatformClient.Answer answer = await().atMost(EVENTUALLY)
			.until(() -> this.client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json",
					body, null), registered -> registered.status() != 404);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
	}

}
