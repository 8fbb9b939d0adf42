package no.ks.kulturskole.registration.delegation.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Runs a read-decide-write attempt again while another writer won the race on the same
 * aggregate. Every lost race means someone else made progress, so this ends; the jittered
 * pause keeps the losers from colliding again in lockstep.
 */
@Component
public class OptimisticRetry {

	static final int MAX_ATTEMPTS = 40;

	private final Counter conflicts;

	public OptimisticRetry(MeterRegistry meters) {
		this.conflicts = Counter.builder("registration.write.conflicts")
			.description("Writes to a workshop's registrations that lost an optimistic-locking race and were retried")
			.register(meters);
	}

	/**
	 * @param attempt one attempt: a value when it succeeded, empty when it lost the race
	 * @param exhausted what to throw when it never won
	 */
	public <T> T run(Supplier<Optional<T>> attempt, Supplier<? extends RuntimeException> exhausted) {
		for (int round = 1; round <= MAX_ATTEMPTS; round++) {
			Optional<T> result = attempt.get();
			if (result.isPresent()) {
				return result.get();
			}
			this.conflicts.increment();
			int maxMillis = Math.min(2 * round, 25);
			LockSupport.parkNanos(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, maxMillis + 1)).toNanos());
		}
		throw exhausted.get();
	}

}
