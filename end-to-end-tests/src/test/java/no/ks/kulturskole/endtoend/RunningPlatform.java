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
 * shared by every end-to-end class: starting it takes half a minute. Each test makes its
 * own workshop, so tests do not see each other's data.
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
					"--data-dir=" + temporaryDataDir(), "--free-ports", "--no-demo"));
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
