package no.ks.kulturskole.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.PlatformSettings;
import no.ks.kulturskole.infra.apps.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform in production's topology (two instances of every service, three brokers
 * with replication factor 3 and {@code min.insync.replicas=2}) driven from outside while
 * parts of it fail: municipalities register while one registration-service instance is
 * SIGKILLed and one broker is stopped, and then while the broker comes back and the
 * instance restarts. After each run the invariants hold: every acknowledged registration
 * stored exactly once, no seat oversold, the report equal to registration's truth.
 * <p>
 * Slow (its own platform of nine applications and three brokers): only with
 * {@code -Pfaults} (see README).
 */
@Tag("faults")
class RegistrationFaultsEndToEndTests {

	private static final Duration EVENTUALLY = Duration.ofSeconds(120);

	/** Persons in the one session: half the delegations below get a seat. */
	private static final int CAPACITY = 40;

	private static final int DELEGATES = 2;

	private static LocalPlatform platform;

	private static PlatformClient client;

	@BeforeAll
	static void startInProductionsTopology() throws IOException {
		Path dataDir = Files.createTempDirectory("kulturskole-faults-");
		platform = LocalPlatform.start(PlatformSettings.fromArgs("--root=" + Path.of("..").toAbsolutePath(),
				"--data-dir=" + dataDir, "--free-ports", "--no-demo", "--instances=2", "--brokers=3",
				// nine applications starting at once on two cores
				"--startup-timeout-seconds=600"));
		client = new PlatformClient(platform.gatewayUrl());
		System.out.printf("Platform with 2 instances and 3 brokers ready in %d s%n",
				platform.startupTime().toSeconds());
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void everyAcknowledgedRegistrationIsStoredOnceNoSeatIsOversoldAndTheReportIsRegistrationsTruthWhenARegistrationInstanceIsKilledAndABrokerRestarts() {
		String workshopId = workshop();
		List<String> municipalities = municipalities(40);
		Map<String, PlatformClient.Answer> answers = new ConcurrentHashMap<>();

		registerAll(workshopId, municipalities.subList(0, 10), answers);

		long faultStarted = System.nanoTime();
		platform.kill(Application.REGISTRATION, 0);
		platform.stopBroker(1);
		for (int i = 0; i < 4; i++) {
			assertThat(client.get("/api/public/municipalities").status()).as("registration's public read, try %d", i)
				.isEqualTo(200);
		}
		registerAll(workshopId, municipalities.subList(10, 25), answers);

		platform.startBroker(1);
		CompletableFuture<Void> restart = CompletableFuture
			.runAsync(() -> platform.restart(Application.REGISTRATION, 0));
		registerAll(workshopId, municipalities.subList(25, 40), answers);
		restart.join();
		System.out.printf("Faults over after %d s (instance restarted, broker back)%n",
				Duration.ofNanos(System.nanoTime() - faultStarted).toSeconds());

		assertThat(answers.values()).as("no call failed: the gateway passed them to the live instance")
			.allSatisfy((answer) -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
		Map<String, String> acknowledged = answers.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> entry.getValue().json().get("delegationId").asString()));

		List<JsonNode> stored = staffDelegations(workshopId);
		assertThat(stored).as("every acknowledged registration stored exactly once")
			.extracting((delegation) -> delegation.get("delegationId").asString())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(acknowledged.values());
		int confirmedPersons = stored.stream()
			.filter((delegation) -> delegation.get("status").asString().equals("CONFIRMED"))
			.mapToInt((delegation) -> delegation.get("participantCount").asInt())
			.sum();
		assertThat(confirmedPersons).as("no seat oversold, none left empty").isEqualTo(CAPACITY);

		Map<String, String> truth = statusById(stored);
		await().atMost(EVENTUALLY)
			.untilAsserted(() -> assertThat(reportedStatusById(workshopId)).as("the report equals registration's truth")
				.isEqualTo(truth));
	}

	private void registerAll(String workshopId, List<String> municipalities,
			Map<String, PlatformClient.Answer> answers) {
		try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
			for (String municipality : municipalities) {
				callers.submit(() -> answers.put(municipality, register(workshopId, municipality)));
			}
		}
	}

	private PlatformClient.Answer register(String workshopId, String municipality) {
		StringBuilder participants = new StringBuilder();
		for (int i = 1; i <= DELEGATES; i++) {
			participants.append(i > 1 ? "," : "").append("""
					{"name": "Deltaker %d", "email": "deltaker%d@k%s.example.no", "roleTitle": "Lærer",
					 "roleCategory": "KULTURSKOLE"}""".formatted(i, i, municipality));
		}
		String body = """
				{"municipalityNumber": "%s", "coordinator": {"name": "Koordinator", "email": "koordinator@k%s.example.no"},
				 "participants": [%s]}"""
			.formatted(municipality, municipality, participants);
		try {
			return client.post("/api/public/workshops/" + workshopId + "/registrations", "application/json", body,
					null);
		}
		catch (UncheckedIOException ex) {
			return new PlatformClient.Answer(0, "", ex.getCause().toString());
		}
	}

	private static String workshop() {
		LocalDate day = LocalDate.now().plusDays(30);
		PlatformClient.Answer created = client.postAsStaff("/api/workshops", """
				{"title": "Verksted under feil", "programme": "Fremtidens kulturskole", "format": "ONLINE",
				 "meetingUrl": "https://møte.example.no/feil", "registrationDeadline": "%sT12:00",
				 "minDelegationSize": 2, "maxDelegationSize": 6, "outsideRoleRequired": false,
				 "sessions": [{"startsAt": "%sT09:00", "endsAt": "%sT11:30", "capacity": %d}]}
				""".formatted(day.minusDays(7), day, day, CAPACITY));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		// registration-service knows the workshop once its event has arrived
		await().atMost(EVENTUALLY)
			.until(() -> client.getAsStaff("/api/registrations?workshopId=" + id).status() == 200);
		return id;
	}

	private static List<String> municipalities(int count) {
		PlatformClient.Answer answer = client.get("/api/public/municipalities");
		assertThat(answer.status()).isEqualTo(200);
		List<String> numbers = new ArrayList<>();
		answer.json().valueStream().limit(count).forEach((m) -> numbers.add(m.get("number").asString()));
		assertThat(numbers).hasSize(count);
		return numbers;
	}

	private static List<JsonNode> staffDelegations(String workshopId) {
		PlatformClient.Answer answer = client.getAsStaff("/api/registrations?workshopId=" + workshopId);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().valueStream().toList();
	}

	private static Map<String, String> reportedStatusById(String workshopId) {
		PlatformClient.Answer report = client.getAsStaff("/api/reports/workshops/" + workshopId);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		return statusById(report.json().get("delegations").valueStream().toList());
	}

	private static Map<String, String> statusById(List<JsonNode> delegations) {
		return delegations.stream()
			.collect(Collectors.toMap((delegation) -> delegation.get("delegationId").asString(),
					(delegation) -> delegation.get("status").asString()));
	}

}
