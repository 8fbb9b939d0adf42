package no.ks.kulturskole.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import no.ks.kulturskole.testsupport.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
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

	@Autowired
	private Environment environment;

	/**
	 * Another instance of the service, in its own Spring context, on the same database
	 * and broker: as two pods behind the gateway would be.
	 */
	protected ConfigurableApplicationContext secondInstance() {
		// command-line arguments, since default properties would lose to application.yml
		return new SpringApplicationBuilder(RegistrationServiceApplication.class).run("--server.port=0",
				argument("spring.mongodb.uri"), argument("spring.mongodb.database"),
				argument("spring.kafka.bootstrap-servers"), argument("spring.cloud.stream.kafka.binder.brokers"),
				argument("platform.secret-seal.key"), argument("platform.security.tokens.public-key"),
				// the tests' budget of mailed addresses, as on the first instance: the
				// default would refuse this JVM's 101st registration on the second
				argument("platform.registration.mail-budget.addresses-per-hour"));
	}

	private String argument(String property) {
		return "--" + property + "=" + this.environment.getRequiredProperty(property);
	}

	/** Starts every call at the same moment, each from its own (virtual) thread. */
	protected static <T> List<T> allAtOnce(int count, IntFunction<Callable<T>> call) throws Exception {
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = IntStream.range(0, count).mapToObj(i -> pool.submit(() -> {
				start.await();
				return call.apply(i).call();
			})).toList();
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
	}

}
