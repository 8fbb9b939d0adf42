package no.ks.kulturskole.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import no.ks.kulturskole.infra.apps.ChildProcess;

/**
 * {@code processes.txt} in the data folder: every process of the running platform with
 * its pid and port, one a line ({@code <name> <pid> <port>}), so a person can do by hand
 * what the fault suite does ({@code kill -9} one service instance). Kafka's brokers,
 * MongoDB and SMTP run inside the launcher and carry its pid.
 */
final class ProcessList {

	static final String FILE = "processes.txt";

	private ProcessList() {
	}

	static void write(Path dataDir, PlatformSettings settings, List<ChildProcess> applications) {
		StringBuilder lines = new StringBuilder();
		long launcher = ProcessHandle.current().pid();
		lines.append(line("launcher", launcher, 0));
		lines.append(line("mongodb", launcher, settings.ports().mongo()));
		for (int node = 0; node < settings.brokers(); node++) {
			lines.append(line("kafka-" + (node + 1), launcher, settings.ports().kafkaBroker(node)));
		}
		lines.append(line("smtp", launcher, settings.ports().smtp()));
		for (ChildProcess child : applications) {
			lines.append(line(child.name(), child.pid(), child.spec().port()));
		}
		try {
			// written whole, then moved: a reader never sees half a list
			Path temporary = Files.writeString(dataDir.resolve(FILE + ".tmp"), lines, StandardCharsets.UTF_8);
			Files.move(temporary, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String line(String name, long pid, int port) {
		return name + " " + pid + " " + port + "\n";
	}

}
