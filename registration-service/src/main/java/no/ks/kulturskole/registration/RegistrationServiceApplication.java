package no.ks.kulturskole.registration;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Delegations, seats and waiting lists of the workshops. Learns about workshops from
 * {@code workshop.events} and publishes {@code registration.events} through the outbox of
 * its aggregate documents.
 */
@SpringBootApplication
public class RegistrationServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegistrationServiceApplication.class, args);
	}

	/** Injected so that deadlines can be tested without waiting for them. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Oslo"));
	}

}
