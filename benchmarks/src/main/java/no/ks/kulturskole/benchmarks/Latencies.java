package no.ks.kulturskole.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Durations in milliseconds and their nearest-rank percentiles.
 */
final class Latencies {

	private final List<Long> sorted;

	Latencies(Collection<Long> millis) {
		this.sorted = new ArrayList<>(millis);
		this.sorted.sort(null);
	}

	int count() {
		return this.sorted.size();
	}

	boolean isEmpty() {
		return this.sorted.isEmpty();
	}

	/**
	 * The nearest-rank percentile: the smallest value with at least {@code percent} % of
	 * the values at or below it.
	 */
	long percentile(double percent) {
		if (this.sorted.isEmpty()) {
			throw new IllegalStateException("No values");
		}
		int rank = (int) Math.ceil(percent / 100.0 * this.sorted.size());
		return this.sorted.get(Math.min(this.sorted.size(), Math.max(1, rank)) - 1);
	}

	long max() {
		return percentile(100);
	}

	/** {@code 41 ms}, or {@code 13.7 s} from ten seconds up. */
	static String format(long millis) {
		if (Math.abs(millis) < 10_000) {
			return millis + " ms";
		}
		return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

}
