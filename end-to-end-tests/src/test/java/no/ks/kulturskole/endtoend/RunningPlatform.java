package no.ks.kulturskole.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.ks.kulturskole.infra.LocalPlatform;
import no.ks.kulturskole.infra.PlatformSettings;

/**
 * One platform per test JVM, started the way the README's run command starts it (separate
 * processes from the packaged jars) but on free ports and in a temporary data folder, and
 * shared by every end-to-end class. Each test makes its own workshop, so tests do not see
 * each other's data.
 * <p>
 * It runs in production's topology (the run command's {@code --instances=2 --brokers=3}:
 * two instances of every service behind the gateway, three brokers with replication
 * factor 3 and {@code min.insync.replicas=2}), so every end-to-end test, and the fault
 * suite that ends the run, sees what production sees: calls balanced over instances,
 * partitions shared by two consumers, live streams merged. {@code -De2e.instances=1
 * -De2e.brokers=1} runs the suite on the README's default topology instead.
 */
final class RunningPlatform {

	private static LocalPlatform platform;

	private static TracedLines console;

	static synchronized LocalPlatform get() {
		if (platform == null) {
			// the launcher prints the services' lines to System.out
			console = new TracedLines(System.out);
			System.setOut(console);
			platform = LocalPlatform.start(PlatformSettings.fromArgs("--root=" + Path.of("..").toAbsolutePath(),
					"--data-dir=" + temporaryDataDir(), "--free-ports", "--no-demo",
					"--instances=" + System.getProperty("e2e.instances", "2"),
					"--brokers=" + System.getProperty("e2e.brokers", "3"),
					// nine applications and three brokers starting at once on two cores
					"--startup-timeout-seconds=600"));
			System.out.printf("End-to-end platform (%d instances, %d brokers, JVM options %s) ready in %d s%n",
					platform.settings().instances(), platform.settings().brokers(), platform.settings().jvmOptions(),
					platform.startupTime().toSeconds());
			Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
		}
		return platform;
	}

	/** The services' log lines, by correlation and trace id. */
	static synchronized TracedLines console() {
		get();
		return console;
	}

	static PlatformClient client() {
		return new PlatformClient(get().gatewayUrl());
	}

	private static Path temporaryDataDir() {
		try {
			return Files.createTempDirectory("kulturskole-e2e-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private RunningPlatform() {
	}

}
