package no.ks.kulturskole.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * CPU time per process over a phase of the benchmark: what each application (and this
 * JVM, which hosts Kafka, MongoDB, the SMTP server and the benchmark's clients) spent,
 * however busy the machine was otherwise. On a shared machine wall-clock figures move
 * with the neighbours' load; CPU per registration does not, so it tells where a change
 * helped.
 */
final class CpuMeter {

	private static final String HERE = "kafka+mongo+smtp+clients";

	private final Map<String, ProcessHandle> processes;

	CpuMeter(Map<String, ProcessHandle> applications) {
		this.processes = new LinkedHashMap<>(applications);
		this.processes.put(HERE, ProcessHandle.current());
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
