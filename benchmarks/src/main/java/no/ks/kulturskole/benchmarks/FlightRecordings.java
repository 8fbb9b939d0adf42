package no.ks.kulturskole.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Optional JDK Flight Recordings of the applications over one phase of the benchmark
 * ({@code -Dbenchmark.profile-dir=/tmp/rush-jfr}): started with {@code jcmd <pid>
 * JFR.start} when the phase begins and dumped when it ends, one file per application, so
 * that start-up does not drown the phase in the samples. Read them with {@code jfr view
 * hot-methods <file>} or JDK Mission Control.
 */
final class FlightRecordings {

	private final Path directory;

	private final Map<String, ProcessHandle> processes;

	private final Path jcmd;

	private FlightRecordings(Path directory, Map<String, ProcessHandle> processes) {
		this.directory = directory;
		this.processes = processes;
		// the applications run on the JDK that runs the benchmark (the launcher's
		// currentJava), and its jcmd speaks their attach protocol
		this.jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
	}

	/**
	 * The applications and this JVM (Kafka, MongoDB and SMTP of a platform it started,
	 * and the benchmark's clients). Nothing is recorded when {@code directory} is blank.
	 */
	static FlightRecordings to(String directory, Map<String, ProcessHandle> processes) {
		Map<String, ProcessHandle> all = new java.util.LinkedHashMap<>(processes);
		all.put("kafka-mongo-smtp-clients", ProcessHandle.current());
		return new FlightRecordings(directory.isBlank() ? null : Path.of(directory), all);
	}

	void start(String phase) {
		if (this.directory == null) {
			return;
		}
		this.processes.forEach((name, process) -> jcmd(process, "JFR.start", "name=" + phase, "settings=profile"));
	}

	void dump(String phase) {
		if (this.directory == null) {
			return;
		}
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			System.out.println("  no flight recordings: " + ex);
			return;
		}
		this.processes.forEach((name, process) -> {
			Path file = this.directory.resolve(phase + "-" + name + ".jfr").toAbsolutePath();
			jcmd(process, "JFR.stop", "name=" + phase, "filename=" + file);
			System.out.println("  flight recording: " + file);
		});
	}

	private void jcmd(ProcessHandle process, String... command) {
		String[] line = new String[command.length + 2];
		line[0] = this.jcmd.toString();
		line[1] = Long.toString(process.pid());
		System.arraycopy(command, 0, line, 2, command.length);
		try {
			Process jcmd = new ProcessBuilder(line).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
				jcmd.destroyForcibly();
			}
		}
		catch (IOException ex) {
			System.out.println("  jcmd failed: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
