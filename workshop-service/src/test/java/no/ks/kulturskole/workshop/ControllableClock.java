package no.ks.kulturskole.workshop;

import no.ks.kulturskole.testsupport.MutableClock;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the system clock with {@link #CLOCK}. Shared by every context that imports it,
 * so that two instances of the service in one test see the same time. The timetable's own
 * rounds are set far apart by the tests using it, which run rounds themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ControllableClock {

	public static final MutableClock CLOCK = new MutableClock(Instant.now());

	@Bean
	@Primary
	MutableClock testClock() {
		return CLOCK;
	}

}
