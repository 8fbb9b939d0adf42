package no.ks.kulturskole.infra.apps;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import no.ks.kulturskole.infra.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The applications as child processes. They are all started at once (with two cores,
 * overlapping their start-ups is quicker than queueing them) and then awaited together; a
 * child that dies is reported at once instead of after the timeout.
 */
public final class RunningApplications implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RunningApplications.class);

	/** Spring Boot's graceful shutdown waits up to 30 s for requests; a little more. */
	private static final Duration STOP_GRACE = Duration.ofSeconds(35);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

	private final List<ChildProcess> children = new ArrayList<>();

	private final HealthProbe probe = new HealthProbe();

	private PrintStream console;

	/**
	 * Starts every spec in order. If one cannot be started, those already running are
	 * stopped again.
	 */
	public static RunningApplications start(List<LaunchSpec> specs, PrintStream console) {
		RunningApplications applications = new RunningApplications();
		applications.console = console;
		try {
			for (LaunchSpec spec : specs) {
				ChildProcess child = ChildProcess.start(spec, console);
				applications.children.add(child);
				log.info("Started {} (pid {}) on port {}", spec.name(), child.pid(), spec.port());
			}
			return applications;
		}
		catch (RuntimeException ex) {
			applications.close();
			throw ex;
		}
	}

	public synchronized List<ChildProcess> children() {
		return List.copyOf(this.children);
	}

	/**
	 * Kills the child named {@code name} (e.g. {@code registration-service-2}) with
	 * SIGKILL, as a crash would: no shutdown hook, no graceful end of requests or
	 * consumers. Returns once it is gone.
	 */
	public void kill(String name) {
		ChildProcess child = child(name);
		ProcessHandle.of(child.pid()).ifPresent(ProcessHandle::destroyForcibly);
		child.onExit().join();
		log.info("Killed {} (pid {})", name, child.pid());
	}

	/**
	 * Starts the child named {@code name} again with the same command (after
	 * {@link #kill}) and returns once it reports UP; does nothing if it runs.
	 */
	public void restart(String name, Duration timeout) {
		ChildProcess restarted;
		synchronized (this) {
			ChildProcess old = child(name);
			if (old.isAlive()) {
				return;
			}
			restarted = ChildProcess.start(old.spec(), this.console);
			this.children.set(this.children.indexOf(old), restarted);
		}
		log.info("Started {} again (pid {}) on port {}", name, restarted.pid(), restarted.spec().port());
		new RunningApplications(restarted).awaitHealthy(timeout);
	}

	private synchronized ChildProcess child(String name) {
		return this.children.stream()
			.filter((child) -> child.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No application named " + name));
	}

	private RunningApplications() {
	}

	/** Just to await one child's health. */
	private RunningApplications(ChildProcess child) {
		this.children.add(child);
	}

	/**
	 * Returns when every application's health endpoint says UP.
	 * @throws ApplicationStartupException naming the first application that died or did
	 * not become healthy in time
	 */
	public void awaitHealthy(Duration timeout) {
		Instant started = Instant.now();
		Instant deadline = started.plus(timeout);
		List<ChildProcess> pending = new ArrayList<>(children());
		Map<ChildProcess, String> lastAnswers = new LinkedHashMap<>();
		while (true) {
			for (Iterator<ChildProcess> it = pending.iterator(); it.hasNext();) {
				ChildProcess child = it.next();
				if (!child.isAlive()) {
					throw new ApplicationStartupException(child.name(),
							"stopped with exit code " + child.exitCode() + " before it became healthy",
							child.lastLines());
				}
				HealthProbe.Answer answer = this.probe.check(healthUrl(child));
				if (answer.up()) {
					log.info("{} is UP ({} s)", child.name(), Duration.between(started, Instant.now()).toSeconds());
					it.remove();
				}
				else {
					lastAnswers.put(child, answer.description());
				}
			}
			if (pending.isEmpty()) {
				return;
			}
			if (Instant.now().isAfter(deadline)) {
				ChildProcess late = pending.getFirst();
				throw new ApplicationStartupException(late.name(),
						"did not report UP on " + healthUrl(late) + " within " + timeout.toSeconds()
								+ " s (last answer: " + lastAnswers.get(late) + "; also not UP: "
								+ pending.stream().skip(1).map(ChildProcess::name).toList() + ")",
						late.lastLines());
			}
			awaitAnExitOrPollInterval(pending);
		}
	}

	/**
	 * Stops the applications in reverse start order: each is asked to stop (SIGTERM, so
	 * Spring shuts down gracefully), and any still running after the grace period is
	 * killed.
	 */
	@Override
	public void close() {
		List<ChildProcess> reversed = children().reversed();
		reversed.stream().filter(ChildProcess::isAlive).forEach((child) -> {
			log.info("Stopping {}", child.name());
			child.requestStop();
		});
		for (ChildProcess child : reversed) {
			if (!child.awaitStop(STOP_GRACE)) {
				log.warn("{} did not stop within {} s and was killed", child.name(), STOP_GRACE.toSeconds());
			}
		}
		synchronized (this) {
			this.children.clear();
		}
	}

	private static String healthUrl(ChildProcess child) {
		return "http://" + PlatformSettings.HOST + ":" + child.spec().port() + "/actuator/health";
	}

	/** Waits one poll interval, but wakes up at once when any pending child exits. */
	private static void awaitAnExitOrPollInterval(List<ChildProcess> pending) {
		CompletableFuture<?>[] exits = pending.stream().map(ChildProcess::onExit).toArray(CompletableFuture[]::new);
		try {
			CompletableFuture.anyOf(exits).get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// nobody died: poll again
		}
		catch (ExecutionException ex) {
			// an exit future does not fail; the next round looks at the process itself
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the applications", ex);
		}
	}

}
