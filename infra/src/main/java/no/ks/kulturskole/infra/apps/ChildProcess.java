package no.ks.kulturskole.infra.apps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One application running as a child JVM. Its output (stdout and stderr together) is
 * copied line by line to the launcher's console behind a fixed-width name, so five
 * services' logs stay readable side by side; the last lines are kept for error messages.
 */
public final class ChildProcess {

	private static final int KEPT_LINES = 40;

	private static final int PREFIX_WIDTH = 12;

	private final LaunchSpec spec;

	private final Process process;

	private final Deque<String> lastLines = new ArrayDeque<>();

	private final Thread pump;

	private ChildProcess(LaunchSpec spec, Process process, PrintStream console) {
		this.spec = spec;
		this.process = process;
		this.pump = Thread.ofPlatform().name("output-" + spec.shortName()).daemon().start(() -> copyOutput(console));
	}

	public static ChildProcess start(LaunchSpec spec, PrintStream console) {
		ProcessBuilder builder = new ProcessBuilder(spec.command()).directory(spec.workingDirectory().toFile())
			.redirectErrorStream(true);
		builder.environment().putAll(spec.environment());
		try {
			return new ChildProcess(spec, builder.start(), console);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + spec.name(), ex);
		}
	}

	/** {@code [registration] }: the same width for every name, so log columns line up. */
	public static String prefix(String shortName) {
		return "[" + String.format("%-" + PREFIX_WIDTH + "s", shortName) + "] ";
	}

	public LaunchSpec spec() {
		return this.spec;
	}

	public String name() {
		return this.spec.name();
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** The exit code; only meaningful once {@link #isAlive()} is false. */
	public int exitCode() {
		return this.process.exitValue();
	}

	public CompletableFuture<Process> onExit() {
		return this.process.onExit();
	}

	/** The most recent output lines, oldest first. */
	public List<String> lastLines() {
		synchronized (this.lastLines) {
			return List.copyOf(this.lastLines);
		}
	}

	/** Asks the process to stop (SIGTERM): Spring Boot then shuts down gracefully. */
	public void requestStop() {
		this.process.destroy();
	}

	/**
	 * Waits for the process to end after {@link #requestStop()}; kills it if it takes
	 * longer than {@code grace}.
	 * @return {@code true} if it stopped by itself
	 */
	public boolean awaitStop(Duration grace) {
		try {
			if (this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				return true;
			}
			this.process.destroyForcibly();
			this.process.waitFor(10, TimeUnit.SECONDS);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
			return false;
		}
		finally {
			awaitOutputCopied();
		}
	}

	private void copyOutput(PrintStream console) {
		String prefix = prefix(this.spec.shortName());
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				remember(line);
				console.println(prefix + line);
			}
		}
		catch (IOException ex) {
			// the stream closes when the process is killed; nothing more to copy
		}
	}

	private void remember(String line) {
		synchronized (this.lastLines) {
			if (this.lastLines.size() == KEPT_LINES) {
				this.lastLines.removeFirst();
			}
			this.lastLines.addLast(line);
		}
	}

	private void awaitOutputCopied() {
		try {
			this.pump.join(Duration.ofSeconds(2));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
