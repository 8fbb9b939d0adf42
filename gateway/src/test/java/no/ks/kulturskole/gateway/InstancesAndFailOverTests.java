package no.ks.kulturskole.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway in front of two instances of each service (the local platform's
 * {@code --instances=2}, production's replicas): calls take turns over the instances, an
 * instance that refuses connections (killed) costs no failed call, and the dashboard's
 * live stream carries the changes every reporting instance applied.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "platform.gateway.live.retry=200ms")
class InstancesAndFailOverTests {

	static final FakeService workshop1 = FakeService.start("workshop-1");

	static final FakeService workshop2 = FakeService.start("workshop-2");

	/** The first registration instance was killed: nothing listens on its port. */
	static final URI registrationKilled = FakeService.away();

	static final FakeService registration2 = FakeService.start("registration-2");

	static final FakeService notification = FakeService.start("notification");

	static final FakeReportStream reporting1 = FakeReportStream.start();

	static final FakeReportStream reporting2 = FakeReportStream.start();

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("platform.gateway.services.workshop", () -> workshop1.baseUri() + "," + workshop2.baseUri());
		registry.add("platform.gateway.services.registration",
				() -> registrationKilled + "," + registration2.baseUri());
		registry.add("platform.gateway.services.notification", notification::baseUri);
		registry.add("platform.gateway.services.reporting", () -> reporting1.baseUri() + "," + reporting2.baseUri());
	}

	@AfterAll
	static void stopServices() {
		workshop1.close();
		workshop2.close();
		registration2.close();
		notification.close();
		reporting1.close();
		reporting2.close();
	}

	@LocalServerPort
	int port;

	Gateway gateway;

	@BeforeEach
	void gateway() {
		this.gateway = new Gateway(this.port);
	}

	@Test
	void callsToAServiceTakeTurnsOverItsInstances() {
		String path = "/api/public/workshops/" + UUID.randomUUID();

		List<String> answers = List.of(this.gateway.get(path).body(), this.gateway.get(path).body(),
				this.gateway.get(path).body(), this.gateway.get(path).body());

		assertThat(answers).filteredOn((body) -> body.contains("\"workshop-1\"")).hasSize(2);
		assertThat(answers).filteredOn((body) -> body.contains("\"workshop-2\"")).hasSize(2);
	}

	@Test
	void aKilledInstanceCostsNoFailedCallTheNextInstanceTakesEveryRegistrationWithItsBody() {
		for (int i = 0; i < 4; i++) {
			String path = "/api/public/workshops/" + UUID.randomUUID() + "/registrations";
			String delegation = "{\"municipalityNumber\":\"460" + i + "\"}";

			HttpResponse<String> response = this.gateway.send(this.gateway.request(path)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(delegation)));

			assertThat(response.statusCode()).as("call %d", i).isEqualTo(200);
			assertThat(response.body()).contains("\"registration-2\"");
			assertThat(registration2.received(path))
				.hasValueSatisfying((request) -> assertThat(request.body()).isEqualTo(delegation));
		}
	}

	@Test
	void aServiceIsHealthyWhileOneInstanceIsAndTheHealthOfEachInstanceShows() {
		HttpResponse<String> health = this.gateway.send(
				this.gateway.request("/actuator/health").header("Authorization", Gateway.basic("stab", "kulturskole")));

		String registration = "$.components.downstream.components.registration";
		assertThat(JsonPath.<String>read(health.body(), registration + ".status")).isEqualTo("UP");
		assertThat(JsonPath.<String>read(health.body(), registration + ".details.1.status")).isEqualTo("DOWN");
		assertThat(JsonPath.<String>read(health.body(), registration + ".details.2.status")).isEqualTo("UP");
	}

	@Test
	void theDashboardsStreamCarriesTheChangesOfEveryReportingInstanceAndFollowsOneAgainWhenItIsBack() throws Exception {
		List<String> lines = new CopyOnWriteArrayList<>();
		BrowserLikeClient staff = new BrowserLikeClient(this.port);
		String token = BrowserLikeClient.csrfToken(staff.get("/logg-inn").body());
		staff.postForm("/logg-inn",
				BrowserLikeClient.fields("_csrf", token, "username", "stab", "password", "kulturskole"));
		HttpResponse<InputStream> stream = staff.stream("/stab/direkte");
		assertThat(stream.statusCode()).isEqualTo(200);
		Thread reader = Thread.ofVirtual().start(() -> readLines(stream.body(), lines));
		try {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> reporting1.subscribers() == 1 && reporting2.subscribers() == 1);

			reporting1.changed("verksted-fra-instans-1");
			reporting2.changed("verksted-fra-instans-2");

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(lines).contains("event:subscribed")
					.anySatisfy((line) -> assertThat(line).contains("verksted-fra-instans-1"))
					.anySatisfy((line) -> assertThat(line).contains("verksted-fra-instans-2")));

			reporting1.close();
			reporting2.changed("mens-instans-1-er-borte");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(lines)
					.anySatisfy((line) -> assertThat(line).contains("mens-instans-1-er-borte")));
			long subscribedBefore = lines.stream().filter("event:subscribed"::equals).count();

			reporting1.startAgain();
			await().atMost(Duration.ofSeconds(10)).until(() -> reporting1.subscribers() == 1);
			reporting1.changed("etter-omstart");

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(lines).anySatisfy((line) -> assertThat(line).contains("etter-omstart")));
			assertThat(lines.stream().filter("event:subscribed"::equals).count())
				.as("the page reads afresh what it may have missed")
				.isGreaterThan(subscribedBefore);
		}
		finally {
			stream.body().close();
			reader.interrupt();
		}
	}

	@Test
	void theReportsStreamOfTheApiCarriesTheChangesOfEveryReportingInstanceToo() throws Exception {
		HttpResponse<InputStream> stream = java.net.http.HttpClient.newHttpClient()
			.send(this.gateway.request("/api/reports/stream")
				.header("Accept", "text/event-stream")
				.header("Authorization", Gateway.basic("stab", "kulturskole"))
				.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.statusCode()).isEqualTo(200);
		List<String> lines = new CopyOnWriteArrayList<>();
		Thread reader = Thread.ofVirtual().start(() -> readLines(stream.body(), lines));
		try {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> reporting1.subscribers() >= 1 && reporting2.subscribers() >= 1);
			reporting1.changed("api-fra-instans-1");
			reporting2.changed("api-fra-instans-2");

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(lines).anySatisfy((line) -> assertThat(line).contains("api-fra-instans-1"))
							.anySatisfy((line) -> assertThat(line).contains("api-fra-instans-2")));
		}
		finally {
			stream.body().close();
			reader.interrupt();
		}
		// the gateway lets go of both instances once it finds the caller gone (at its
		// next write), so that the other stream tests count their own subscriptions
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			reporting1.changed("ingen-lytter");
			reporting2.changed("ingen-lytter");
			return reporting1.subscribers() == 0 && reporting2.subscribers() == 0;
		});
	}

	private static void readLines(InputStream body, List<String> lines) {
		try {
			BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			// the test closed the stream
		}
	}

}
