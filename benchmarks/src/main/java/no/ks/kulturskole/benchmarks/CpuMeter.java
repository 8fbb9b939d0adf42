package no.ks.kulturskole.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * CPU time per process over a phase of the benchmark: what each application (and this
 * JVM, which hosts Kafka, MongoDB, the SMTP server and the benchmark's clients) spent,
 * however busy the machine was otherwise. On a shared machine wall-clock figures move
 * with the neighbours' load; CPU per registration does not, so it tells where a change
 * helped.
 */
final class CpuMeter {

	static final String HERE = "kafka+mongo+smtp+clients";

	private final Map<String, ProcessHandle> processes;

	CpuMeter(Map<String, ProcessHandle> applications) {
		this.processes = new LinkedHashMap<>(applications);
		this.processes.put(HERE, ProcessHandle.current());
	}

	/**
	 * Waits until the applications are quiet: together they use under {@code share} of
	 * one core over {@code window}, so that what is measured next does not share the
	 * cores with their start-up (a just-started JVM goes on compiling for seconds after
	 * it reports UP). This JVM is not counted: it hosts the servers being measured.
	 * @return how long it waited, or empty if they were not quiet within {@code timeout}
	 */
	Optional<Duration> awaitQuiet(double share, Duration window, Duration timeout) {
		long started = System.nanoTime();
		Snapshot[] previous = { snapshot() };
		long[] previousAt = { System.nanoTime() };
		boolean quiet = Polling.awaitCondition(timeout, window, () -> {
			long now = System.nanoTime();
			if (now - previousAt[0] < window.toNanos() / 2) {
				return false;
			}
			Snapshot current = snapshot();
			boolean under = current.applicationsBusy(previous[0], Duration.ofNanos(now - previousAt[0])) < share;
			previous[0] = current;
			previousAt[0] = now;
			return under;
		});
		return quiet ? Optional.of(Duration.ofNanos(System.nanoTime() - started)) : Optional.empty();
	}

	Snapshot snapshot() {
		Map<String, Duration> cpu = new LinkedHashMap<>();
		this.processes.forEach((name, process) -> cpu.put(name, cpuOf(process)));
		return new Snapshot(cpu);
	}

	private static Duration cpuOf(ProcessHandle process) {
		if (process.pid() == ProcessHandle.current().pid()) {
			// the OS bean counts all threads of this JVM, like the children's figures
			var os = ManagementFactory.getOperatingSystemMXBean();
			if (os instanceof com.sun.management.OperatingSystemMXBean bean) {
				return Duration.ofNanos(bean.getProcessCpuTime());
			}
		}
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	record Snapshot(Map<String, Duration> cpu) {

		/**
		 * The applications' CPU since {@code before} as a share of one core over
		 * {@code elapsed} (this JVM left out).
		 */
		double applicationsBusy(Snapshot before, Duration elapsed) {
			long spent = 0;
			for (Map.Entry<String, Duration> entry : this.cpu.entrySet()) {
				if (!entry.getKey().equals(HERE)) {
					spent += entry.getValue().minus(before.cpu().getOrDefault(entry.getKey(), Duration.ZERO)).toNanos();
				}
			}
			return (double) spent / elapsed.toNanos();
		}

		/**
		 * One line: CPU seconds per process since {@code before}, and per unit of work
		 * (e.g. per registration) in milliseconds.
		 */
		String since(Snapshot before, int units, String unit) {
			StringJoiner parts = new StringJoiner(", ");
			Duration total = Duration.ZERO;
			for (Map.Entry<String, Duration> entry : this.cpu.entrySet()) {
				Duration spent = entry.getValue().minus(before.cpu().getOrDefault(entry.getKey(), Duration.ZERO));
				total = total.plus(spent);
				parts.add(String.format(Locale.ROOT, "%s %.1f s (%.1f ms/%s)", entry.getKey(),
						spent.toMillis() / 1000.0, spent.toNanos() / 1e6 / Math.max(1, units), unit));
			}
			return String.format(Locale.ROOT, "%.1f s CPU in all (%.1f ms/%s): %s", total.toMillis() / 1000.0,
					total.toNanos() / 1e6 / Math.max(1, units), unit, parts);
		}

	}

}
