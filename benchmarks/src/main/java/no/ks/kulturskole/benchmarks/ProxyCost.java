package no.ks.kulturskole.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The benchmark's "proxy" figure. */
final class ProxyCost {

	private ProxyCost() {
	}

	/**
	 * The gateway's cost per proxied request: the same small public read through the
	 * gateway and straight to registration-service, 16 at a time.
	 */
	static void measure(Gateway viaGateway, Gateway direct, Summary summary) {
		int requests = 2_000;
		int concurrency = 16;
		String measured = "/api/public/municipalities";
		Map<String, Double> rates = new HashMap<>();
		Map<String, Latencies> latencies = new HashMap<>();
		for (int pass = 0; pass < 2; pass++) {
			// the first pass warms both paths up and is not reported
			for (Map.Entry<String, Gateway> target : Map.of("gateway", viaGateway, "direct", direct).entrySet()) {
				List<Long> millis = new ArrayList<>();
				Instant start = Instant.now();
				try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
					List<Future<Long>> timings = new ArrayList<>();
					for (int i = 0; i < requests; i++) {
						timings.add(pool.submit(() -> {
							long began = System.nanoTime();
							int status = target.getValue().get(measured).status();
							if (status != 200) {
								throw new IllegalStateException(measured + " answered " + status);
							}
							return (System.nanoTime() - began) / 1_000;
						}));
					}
					for (Future<Long> timing : timings) {
						millis.add(timing.get());
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException("The proxy measurement failed", ex);
				}
				rates.put(target.getKey(),
						requests * 1000.0 / Math.max(1, Duration.between(start, Instant.now()).toMillis()));
				latencies.put(target.getKey(), new Latencies(millis));
			}
		}
		summary.line(String.format(Locale.ROOT,
				"proxy c=%d: GET %s %d times: via gateway %.0f/s p50 %.1f ms p99 %.1f ms; direct %.0f/s p50 %.1f ms "
						+ "p99 %.1f ms",
				concurrency, measured, requests, rates.get("gateway"), latencies.get("gateway").percentile(50) / 1000.0,
				latencies.get("gateway").percentile(99) / 1000.0, rates.get("direct"),
				latencies.get("direct").percentile(50) / 1000.0, latencies.get("direct").percentile(99) / 1000.0));
	}

}
