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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

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
		String credentials = Base64.getEncoder()
			.encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(RunningPlatform.get().gatewayUrl() + path))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Basic " + credentials)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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
