package no.ks.kulturskole.notification.mail.model;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(2), Duration.ofSeconds(5),
			Duration.ofMinutes(10), 50);

	private final Instant failedAt = Instant.parse("2027-03-10T08:00:00Z");

	@Test
	void theWaitDoublesAfterEachFailedAttempt() {
		assertThat(this.policy.nextAttemptAfter(1, this.failedAt)).contains(this.failedAt.plusSeconds(5));
		assertThat(this.policy.nextAttemptAfter(2, this.failedAt)).contains(this.failedAt.plusSeconds(10));
		assertThat(this.policy.nextAttemptAfter(3, this.failedAt)).contains(this.failedAt.plusSeconds(20));
	}

	@Test
	void theWaitNeverExceedsTheMaximumBackoff() {
		assertThat(this.policy.nextAttemptAfter(49, this.failedAt))
			.contains(this.failedAt.plus(Duration.ofMinutes(10)));
	}

	@Test
	void thereIsNoNextAttemptAfterTheLastOne() {
		assertThat(this.policy.nextAttemptAfter(50, this.failedAt)).isEmpty();
	}

}
