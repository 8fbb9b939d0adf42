package no.ks.kulturskole.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.ks.kulturskole.reference.Municipality;
import no.ks.kulturskole.reference.MunicipalityRegister;

/**
 * The registration rush of issue 11 in one run, side by side on one platform: the raw
 * MongoDB + Kafka baseline, every municipality registering a delegation of four through
 * the gateway at each concurrency, the lag until the staff report and the coordinator's
 * mail show each registration, the gateway's proxy cost, and reporting's rebuild
 * benchmark. Prints one summary line per figure. Command and figures:
 * docs/PERFORMANCE.md, "Registration rush".
 *
 * <p>
 * System properties: {@code benchmark.gateway} (empty: start a platform on free ports in
 * a temporary folder, like the end-to-end tests), {@code benchmark.mail-viewer},
 * {@code benchmark.mongo}, {@code benchmark.kafka} (for a running platform; default the
 * local platform's ports), {@code benchmark.jvm-options}, {@code benchmark.concurrency}
 * (e.g. {@code 16,64}), {@code benchmark.rebuild-events} (0 skips the rebuild),
 * {@code benchmark.lag-timeout-seconds}, {@code benchmark.profile-dir} (flight recordings
 * of the applications over each rush, see {@link FlightRecordings}).
 * <p>
 * The phases are classes of their own: the platform measured ({@link BenchmarkTarget}),
 * the raw baseline ({@link RawBaseline}), the proxy cost ({@link ProxyCost}), each rush
 * ({@link RushRound}) and the rebuild ({@link ReportingRebuild}); the figures are lines
 * of the {@link Summary}.
 */
public final class RushBenchmark {

	private RushBenchmark() {
	}

	public static void main(String[] args) {
		int exit = 0;
		try {
			run();
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			exit = 1;
		}
		// Kafka's and Mongo's client threads must not keep the JVM alive
		System.exit(exit);
	}

	private static void run() {
		List<Municipality> municipalities = MunicipalityRegister.load().municipalities();
		List<Integer> concurrencies = Arrays.stream(property("benchmark.concurrency", "16,64").split(","))
			.map(String::trim)
			.map(Integer::parseInt)
			.toList();
		Duration lagTimeout = Duration.ofSeconds(Long.parseLong(property("benchmark.lag-timeout-seconds", "600")));
		int rebuildEvents = Integer.parseInt(property("benchmark.rebuild-events", "100000"));
		Summary summary = new Summary();
		BenchmarkTarget target = BenchmarkTarget.of(summary);

		Gateway gateway = new Gateway(target.gatewayUrl());
		Map<Integer, RawBaseline.Result> raw = raw(target, municipalities, concurrencies, summary);

		if (target.registrationUrl() != null) {
			ProxyCost.measure(gateway, new Gateway(target.registrationUrl()), summary);
		}

		RushRound rush = new RushRound(gateway, target.kafka(), target.mails(), target.cpu(), target.recordings(),
				lagTimeout, summary);
		int round = 0;
		for (int concurrency : concurrencies) {
			round++;
			rush.run(municipalities, concurrency, raw.get(concurrency), round);
		}

		// the rebuild benchmark brings its own broker and database: stop ours first
		target.stopStarted();
		if (rebuildEvents > 0) {
			System.out.println("Rebuild benchmark (reporting-service RebuildBenchmark) ...");
			summary.line(ReportingRebuild.summaryLine(rebuildEvents));
		}
		summary.print();
	}

	/** The raw MongoDB + Kafka baseline at each concurrency, after a warm-up. */
	private static Map<Integer, RawBaseline.Result> raw(BenchmarkTarget target, List<Municipality> municipalities,
			List<Integer> concurrencies, Summary summary) {
		CpuMeter cpu = target.cpu();
		// the raw writes must not share the cores with the applications' start-up work
		summary.line(cpu.awaitQuiet(0.1, Duration.ofSeconds(2), Duration.ofSeconds(90))
			.map((waited) -> String.format(Locale.ROOT,
					"quiet: the applications used under 10 %% of a core over 2 s, %.1f s after ready",
					waited.toMillis() / 1000.0))
			.orElse("quiet: NOT reached, the applications used 10 % of a core or more for 90 s after ready"));
		Map<Integer, RawBaseline.Result> raw = new HashMap<>();
		try (RawBaseline baseline = new RawBaseline(target.mongoUri(), target.kafka())) {
			// one round to warm the clients and the servers' code paths, not counted
			baseline.run(municipalities.subList(0, 32), 16);
			for (int concurrency : concurrencies) {
				CpuMeter.Snapshot before = cpu.snapshot();
				RawBaseline.Result result = baseline.run(municipalities, concurrency);
				summary.line("cpu raw c=" + concurrency + ": "
						+ cpu.snapshot().since(before, result.delegations(), "delegation"));
				raw.put(concurrency, result);
				summary.line(String.format(Locale.ROOT,
						"raw c=%d: %d delegations ($push + 7 outbox entries, 7 records acks=all idempotent) "
								+ "in %.1f s = %.1f/s, p50 %s, p99 %s",
						concurrency, result.delegations(), result.took().toMillis() / 1000.0, result.perSecond(),
						Latencies.format(result.latencies().percentile(50)),
						Latencies.format(result.latencies().percentile(99))));
			}
		}
		return raw;
	}

	static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

}
