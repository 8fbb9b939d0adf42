package no.ks.kulturskole.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.PlatformSettings;
import no.ks.kulturskole.infra.apps.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform in production's topology (two instances of every service, three brokers
 * with replication factor 3 and {@code min.insync.replicas=2}) driven from outside while
 * parts of it fail: municipalities register while one instance of every service is
 * SIGKILLed and one broker is stopped, and go on while the broker comes back and the
 * instances restart. Afterwards the invariants of {@link FaultScenario#invariants} hold,
 * and one more that only two instances can give: no registration failed, because the
 * gateway passed each call to the instance that was alive.
 * <p>
 * Slow (its own platform of nine applications and three brokers): only with
 * {@code -Pfaults} (see README). The same invariants after faults of the single-instance
 * platform run in {@code ./mvnw verify}: {@link FaultsEndToEndTests}.
 */
@Tag("faults")
class RegistrationFaultsEndToEndTests {

	private static final List<Application> SERVICES = BusProbe.CONSUMERS;

	private static LocalPlatform platform;

	private static BusProbe bus;

	@BeforeAll
	static void startInProductionsTopology() throws IOException {
		Path dataDir = Files.createTempDirectory("kulturskole-faults-");
		platform = LocalPlatform.start(PlatformSettings.fromArgs("--root=" + Path.of("..").toAbsolutePath(),
				"--data-dir=" + dataDir, "--free-ports", "--no-demo", "--instances=2", "--brokers=3",
				// nine applications starting at once on two cores
				"--startup-timeout-seconds=600"));
		bus = new BusProbe(platform.kafkaBootstrap());
		System.out.printf("Platform with 2 instances and 3 brokers ready in %d s%n",
				platform.startupTime().toSeconds());
	}

	@AfterAll
	static void stop() {
		if (bus != null) {
			bus.close();
		}
		if (platform != null) {
			platform.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> oneInstanceOfEveryServiceSigkilledAndOneBrokerStoppedDuringRegistrations() {
		FaultScenario scenario = FaultScenario.open("one instance of every service SIGKILLed, one broker stopped",
				platform, bus);
		scenario.register(scenario.firstHalf());

		CompletableFuture<Void> during = scenario.registerInBackground(scenario.secondHalf());
		await().atMost(FaultScenario.EVENTUALLY).until(() -> scenario.answered(scenario.secondHalf()) >= 1);
		long faultStarted = System.nanoTime();
		SERVICES.forEach((service) -> platform.kill(service, 0));
		platform.stopBroker(1);
		// registrations go on against the instances left and two brokers of three
		await().atMost(FaultScenario.EVENTUALLY)
			.until(() -> scenario.answered(scenario.secondHalf()) >= scenario.secondHalf().size() / 2);
		platform.startBroker(1);
		CompletableFuture
			.allOf(SERVICES.stream()
				.map((service) -> CompletableFuture.runAsync(() -> platform.restart(service, 0)))
				.toArray(CompletableFuture[]::new))
			.join();
		during.join();
		System.out.printf("Faults over after %d s (instances restarted, broker back)%n",
				Duration.ofNanos(System.nanoTime() - faultStarted).toSeconds());

		List<String> failed = scenario.unacknowledged();
		scenario.retryUnacknowledged();
		DynamicTest noneFailed = scenario.invariant(
				"no registration failed: the gateway passed each call to the instance alive",
				() -> assertThat(failed).as("registrations not acknowledged at the first try").isEmpty());
		return Stream.concat(Stream.of(noneFailed), scenario.invariants(bus));
	}

}
