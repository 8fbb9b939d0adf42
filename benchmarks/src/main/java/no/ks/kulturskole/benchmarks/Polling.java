package no.ks.kulturskole.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for what the platform shows, at a pace of its own for each thing watched. */
final class Polling {

	private Polling() {
	}

	/**
	 * @return whether {@code condition} held before {@code timeout} (or the thread was
	 * interrupted)
	 */
	static boolean awaitCondition(Duration timeout, Duration poll, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			try {
				Thread.sleep(poll);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

}
