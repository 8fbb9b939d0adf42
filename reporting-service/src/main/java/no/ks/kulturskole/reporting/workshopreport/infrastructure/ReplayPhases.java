package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a replay's time went, for the benchmark: the CPU time of each phase on this side
 * of the connection, summed over the threads that ran it (CPU time means the same on a
 * busy machine; the server's share of an insert is not in it), and the wall time of the
 * flush, the server's share included.
 */
final class ReplayPhases {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	final LongAdder deserialising = new LongAdder();

	final LongAdder folding = new LongAdder();

	final LongAdder mapping = new LongAdder();

	final LongAdder inserting = new LongAdder();

	/** Reports written while the replay still read. */
	final LongAdder writtenWhileReading = new LongAdder();

	private volatile long flushing;

	/** The CPU time of the calling thread, in nanoseconds. */
	static long cpuTime() {
		return THREADS.getCurrentThreadCpuTime();
	}

	void flushed(long nanos) {
		this.flushing = nanos;
	}

	String describe(int threads) {
		return String.format(Locale.ROOT,
				"CPU deserialise %d ms, fold %d ms, map and encode to BSON %d ms, insert %d ms (%d threads);"
						+ " %d reports written while reading; flush took %d ms",
				millis(this.deserialising.sum()), millis(this.folding.sum()), millis(this.mapping.sum()),
				millis(this.inserting.sum()), threads, this.writtenWhileReading.sum(), millis(this.flushing));
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

}
