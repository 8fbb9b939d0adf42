package no.ks.kulturskole.infra.apps;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.infra.PlatformSettings;
import no.ks.kulturskole.infra.Ports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Child JVMs for real, each running {@link FakeApplication}. */
class RunningApplicationsTests {

	private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();

	private final PrintStream console = new PrintStream(this.consoleBytes, true, StandardCharsets.UTF_8);

	@Test
	void applicationsAreReadyWhenTheirHealthIsUpAndTheirOutputCarriesTheirName() {
		Ports ports = Ports.free();
		List<LaunchSpec> specs = List.of(fake("registration-service", "registration", ports.registration(), "healthy"),
				fake("gateway", "gateway", ports.gateway(), "healthy"));

		RunningApplications applications = RunningApplications.start(specs, this.console);
		try {
			applications.awaitHealthy(Duration.ofSeconds(60));
		}
		finally {
			applications.close();
		}

		assertThat(console()).contains("[registration] Started FakeApplication on port " + ports.registration())
			.contains("[gateway     ] Started FakeApplication on port " + ports.gateway());
		assertThat(applications.children()).isEmpty();
	}

	@Test
	void closingStopsEveryChildProcess() {
		RunningApplications applications = RunningApplications
			.start(List.of(fake("workshop-service", "workshop", Ports.free().workshop(), "healthy")), this.console);
		ChildProcess child = applications.children().getFirst();
		applications.awaitHealthy(Duration.ofSeconds(60));

		applications.close();

		assertThat(child.isAlive()).isFalse();
	}

	@Test
	void oneInstanceIsKilledLikeACrashAndStartedAgainOnItsPortWhileTheOtherRuns() {
		Ports ports = Ports.free();
		RunningApplications applications = RunningApplications.start(
				List.of(fake("registration-service", "registration", ports.registration(), "healthy"), fake(
						"registration-service-2", "registration-2", ports.of(Application.REGISTRATION, 1), "healthy")),
				this.console);
		try {
			applications.awaitHealthy(Duration.ofSeconds(60));
			ChildProcess killed = applications.children().get(1);

			applications.kill("registration-service-2");

			assertThat(killed.isAlive()).isFalse();
			assertThat(killed.exitCode()).as("SIGKILL").isEqualTo(137);
			assertThat(applications.children().getFirst().isAlive()).isTrue();

			applications.restart("registration-service-2", Duration.ofSeconds(60));

			ChildProcess restarted = applications.children().get(1);
			assertThat(restarted.isAlive()).isTrue();
			assertThat(restarted.pid()).isNotEqualTo(killed.pid());
			assertThat(restarted.spec().port()).isEqualTo(ports.of(Application.REGISTRATION, 1));
		}
		finally {
			applications.close();
		}
	}

	@Test
	void anApplicationThatDiesWhileStartingIsNamedWithItsLastLogLines() {
		RunningApplications applications = RunningApplications
			.start(List.of(fake("notification-service", "notification", 4242, "crash")), this.console);
		try {
			assertThatExceptionOfType(ApplicationStartupException.class)
				.isThrownBy(() -> applications.awaitHealthy(Duration.ofSeconds(60)))
				.withMessageStartingWith("notification-service stopped with exit code 3 before it became healthy")
				.withMessageContaining("APPLICATION FAILED TO START: Port 4242 was already in use.")
				.satisfies((ex) -> assertThat(ex.application()).isEqualTo("notification-service"));
		}
		finally {
			applications.close();
		}
	}

	@Test
	void anApplicationThatNeverBecomesHealthyFailsAfterTheTimeoutWithItsLastHealthAnswer() {
		int port = Ports.free().reporting();
		RunningApplications applications = RunningApplications
			.start(List.of(fake("reporting-service", "reporting", port, "unhealthy")), this.console);
		try {
			assertThatExceptionOfType(ApplicationStartupException.class)
				.isThrownBy(() -> applications.awaitHealthy(Duration.ofSeconds(3)))
				.withMessageContaining("reporting-service did not report UP on http://127.0.0.1:" + port
						+ "/actuator/health within 3 s")
				.withMessageContaining("HTTP 503 {\"status\":\"DOWN\"}")
				.withMessageContaining("Starting FakeApplication in mode unhealthy");
		}
		finally {
			applications.close();
		}
	}

	private String console() {
		return this.consoleBytes.toString(StandardCharsets.UTF_8);
	}

	private static LaunchSpec fake(String name, String shortName, int port, String mode) {
		List<String> command = List.of(ApplicationCommands.currentJava(), "-Xshare:auto", "-cp", testClasses(),
				FakeApplication.class.getName(), String.valueOf(port), mode);
		return new LaunchSpec(name, shortName, command, Map.of(), Path.of("").toAbsolutePath(), port);
	}

	private static String testClasses() {
		try {
			return Path.of(FakeApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
