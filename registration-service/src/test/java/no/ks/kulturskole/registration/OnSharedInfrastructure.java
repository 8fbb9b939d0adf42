package no.ks.kulturskole.registration;

import no.ks.kulturskole.testsupport.TestInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service against the shared Kafka broker and MongoDB server of the test JVM. Every
 * subclass shares one Spring context; tests isolate themselves with a fresh workshop
 * each.
 */
public abstract class OnSharedInfrastructure extends RunningService {

	@DynamicPropertySource
	static void sharedInfrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
	}

}
