package no.ks.kulturskole.notification.mail.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try an e-mail again after the SMTP server did not take it: exponential backoff,
 * capped, and a last attempt after which staff have to look at it.
 *
 * @param lease how long an attempt owns an e-mail; must exceed the SMTP client's worst
 * case (connect + write + read timeouts), or a second sender could start on it
 * @param initialBackoff wait after the first failed attempt
 * @param maxBackoff longest wait between two attempts
 * @param maxAttempts attempts in all, the first included
 */
public record RetryPolicy(Duration lease, Duration initialBackoff, Duration maxBackoff, int maxAttempts) {

	public RetryPolicy {
		if (lease.isNegative() || lease.isZero() || initialBackoff.isNegative() || initialBackoff.isZero()) {
			throw new IllegalArgumentException("lease and backoff must be positive");
		}
		if (maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
	}

	/**
	 * @param attemptsMade attempts made so far, the failed one included
	 * @return when to try next, or empty when there are no attempts left
	 */
	public Optional<Instant> nextAttemptAfter(int attemptsMade, Instant failedAt) {
		if (attemptsMade >= this.maxAttempts) {
			return Optional.empty();
		}
		// 2^(n-1) grows past any cap quickly; stop doubling before it can overflow
		int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
		Duration backoff = this.initialBackoff.multipliedBy(1L << doublings);
		if (backoff.compareTo(this.maxBackoff) > 0) {
			backoff = this.maxBackoff;
		}
		return Optional.of(failedAt.plus(backoff));
	}

}
