package no.ks.kulturskole.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in integration tests: real time, moved forward when a test needs "a
 * week later". It keeps ticking, so retries and leases behave as they do in production;
 * tests that move it put it back when done.
 */
final class ShiftableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** From now on the service believes it is {@code instant} (and time goes on). */
	void setTo(Instant instant) {
		this.offset = Duration.between(Instant.now(), instant);
	}

	void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The service works in UTC");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		ShiftableClock shiftableClock() {
			return new ShiftableClock();
		}

	}

}
