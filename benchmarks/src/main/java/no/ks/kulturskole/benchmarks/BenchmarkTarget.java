package no.ks.kulturskole.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.PlatformSettings;
import no.ks.kulturskole.infra.apps.Application;

/**
 * The platform the benchmark measures: one it starts on free ports in a temporary folder
 * (like the end-to-end tests), or a running one named by {@code benchmark.gateway} and
 * its siblings.
 *
 * @param platform {@code null} for a running platform
 * @param registrationUrl registration-service itself, for the proxy cost; {@code null}
 * for a running platform
 * @param cpu the CPU time of the started platform's applications (none of a running one)
 * @param recordings flight recordings of the started platform's applications
 */
record BenchmarkTarget(LocalPlatform platform, String gatewayUrl, String mongoUri, String kafka, MailArrivals mails,
		String registrationUrl, CpuMeter cpu, FlightRecordings recordings) {

	/**
	 * @param summary gets the "platform" line when a platform is started
	 */
	static BenchmarkTarget of(Summary summary) {
		String givenGateway = RushBenchmark.property("benchmark.gateway", "");
		if (givenGateway.isBlank()) {
			return started(summary);
		}
		System.out.println("Using the running platform at " + givenGateway);
		return new BenchmarkTarget(null, givenGateway,
				RushBenchmark.property("benchmark.mongo", "mongodb://127.0.0.1:27017"),
				RushBenchmark.property("benchmark.kafka", "127.0.0.1:9092"),
				MailArrivals.ofMailViewer(RushBenchmark.property("benchmark.mail-viewer", "http://127.0.0.1:8025")),
				null, new CpuMeter(Map.of()), FlightRecordings.to("", Map.of()));
	}

	private static BenchmarkTarget started(Summary summary) {
		PlatformSettings settings = PlatformSettings.defaults()
			.withFreePorts()
			.withDataDir(temporaryDataDir())
			.withDemoData(false);
		String jvmOptions = RushBenchmark.property("benchmark.jvm-options", "");
		if (!jvmOptions.isBlank()) {
			settings = settings.withJvmOptions(List.of(jvmOptions.trim().split("\\s+")));
		}
		System.out.printf("Starting the local platform (applications' JVM options: %s) in %s%n",
				String.join(" ", settings.jvmOptions()), settings.dataDir());
		LocalPlatform platform = LocalPlatform.start(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
		BenchmarkTarget target = new BenchmarkTarget(platform, platform.gatewayUrl(), platform.mongoUri(),
				platform.kafkaBootstrap(), MailArrivals.of(platform.mailbox().greenMail()),
				platform.urlOf(Application.REGISTRATION), new CpuMeter(platform.applicationProcesses()),
				FlightRecordings.to(RushBenchmark.property("benchmark.profile-dir", ""),
						platform.applicationProcesses()));
		summary.line(String.format(Locale.ROOT, "platform: ready in %.1f s with applications' JVM options %s",
				platform.startupTime().toMillis() / 1000.0, String.join(" ", settings.jvmOptions())));
		return target;
	}

	/** Stops the started platform; a running one is left alone. */
	void stopStarted() {
		if (this.platform != null) {
			this.platform.close();
		}
	}

	private static Path temporaryDataDir() {
		try {
			return Files.createTempDirectory("kulturskole-benchmark-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
