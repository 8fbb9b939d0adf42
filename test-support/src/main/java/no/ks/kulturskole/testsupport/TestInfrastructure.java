package no.ks.kulturskole.testsupport;

import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import no.ks.kulturskole.contracts.Topics;

import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real Kafka (KRaft), a MongoDB wire-protocol server and an SMTP server, each started
 * once per test JVM on free ports and shared by every Spring context of that JVM. Tests
 * isolate themselves by ids (a fresh workshop per test), not by restarting
 * infrastructure.
 */
public final class TestInfrastructure {

	private static EmbeddedKafkaBroker kafka;

	private static MongoServer mongo;

	private static String mongoUri;

	private static GreenMail smtp;

	public static synchronized EmbeddedKafkaBroker kafka() {
		if (kafka == null) {
			EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, Topics.DEFAULT_PARTITIONS,
					Topics.DOMAIN_TOPICS.toArray(String[]::new));
			broker.brokerProperty("auto.create.topics.enable", "true");
			broker.afterPropertiesSet();
			kafka = broker;
			afterTheTestContextsClosed(broker::destroy);
		}
		return kafka;
	}

	public static synchronized String mongoUri() {
		if (mongo == null) {
			mongo = new MongoServer(new MemoryBackend());
			InetSocketAddress address = mongo.bind();
			mongoUri = "mongodb://127.0.0.1:" + address.getPort();
			afterTheTestContextsClosed(mongo::shutdownNow);
		}
		return mongoUri;
	}

	public static synchronized GreenMail smtp() {
		if (smtp == null) {
			smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			smtp.start();
			afterTheTestContextsClosed(smtp::stop);
		}
		return smtp;
	}

	/**
	 * Stops shared infrastructure when the JVM exits, but only after Spring Boot's
	 * shutdown hook has closed the cached test contexts. A plain JVM shutdown hook runs
	 * in parallel with Boot's: the broker went away while the contexts' Kafka clients
	 * were still closing, they retried it until surefire gave up waiting for the JVM (30
	 * s per test JVM).
	 */
	static void afterTheTestContextsClosed(Runnable stop) {
		// Boot runs its handlers at each run of its hook: at the end of the test session
		// (TestContextsFirst) and again at the JVM's exit.
		AtomicBoolean stopped = new AtomicBoolean();
		SpringApplication.getShutdownHandlers().add(() -> {
			if (stopped.compareAndSet(false, true)) {
				stop.run();
			}
		});
	}

	/**
	 * Kafka and MongoDB for a service under test; each test JVM gets its own database.
	 */
	public static void registerKafkaAndMongo(DynamicPropertyRegistry registry) {
		String brokers = kafka().getBrokersAsString();
		registry.add("spring.kafka.bootstrap-servers", () -> brokers);
		registry.add("spring.cloud.stream.kafka.binder.brokers", () -> brokers);
		String database = "test-" + UUID.randomUUID();
		registry.add("spring.mongodb.uri", () -> mongoUri() + "/" + database);
		registry.add("spring.mongodb.database", () -> database);
	}

	public static void registerSmtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp().getSmtp().getPort());
	}

	private TestInfrastructure() {
	}

}
