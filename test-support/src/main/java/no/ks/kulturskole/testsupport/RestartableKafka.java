package no.ks.kulturskole.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

import no.ks.kulturskole.contracts.Topics;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A KRaft broker of a test's own that can be stopped and started again at the same
 * address: how a test takes the broker away from a service and gives it back. The shared
 * broker of {@link TestInfrastructure} must never go away, so a test that stops Kafka
 * uses one of these in its own Spring context, and closes that context after its class.
 * <p>
 * {@code kafkaPorts(..)} is ignored by the KRaft broker of spring-kafka 4 (its test kit
 * binds pre-allocated random ports), so the fixed port is an extra listener,
 * {@code FIXED}. A client that bootstraps through a listener is told that listener's
 * address, so the service only ever sees the fixed port, and a new broker on it is the
 * same address to the service. A restarted broker is a new, empty one: what was on the
 * topics before the stop is gone.
 */
public final class RestartableKafka implements AutoCloseable {

	private final int port = freePort();

	/** Not spring.embedded.kafka.brokers, which would name the shared broker. */
	private final String brokerListProperty = "platform.restartable-kafka." + UUID.randomUUID() + ".brokers";

	private EmbeddedKafkaKraftBroker broker;

	public RestartableKafka() {
		// If a test forgets to stop it, the JVM does not wait for it (after the contexts
		// that use it are closed).
		TestInfrastructure.afterTheTestContextsClosed(this::stop);
	}

	/**
	 * Starts a new broker on the fixed port, with the domain topics; does nothing if one
	 * is running.
	 */
	public synchronized RestartableKafka start() {
		if (this.broker != null) {
			return this;
		}
		EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, Topics.DEFAULT_PARTITIONS,
				Topics.DOMAIN_TOPICS.toArray(String[]::new));
		started.brokerProperty("listeners",
				"EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://localhost:" + this.port);
		started.brokerProperty("listener.security.protocol.map",
				"EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT");
		started.brokerProperty("auto.create.topics.enable", "true");
		started.brokerListProperty(this.brokerListProperty);
		try {
			started.afterPropertiesSet();
		}
		catch (KafkaException ex) {
			// On a restart, the service's clients reconnect at once and the broker
			// auto-creates a topic they ask for before the test kit creates it: the
			// broker is up, and the topic is there.
			if (!causedByExistingTopic(ex)) {
				try {
					started.destroy();
				}
				catch (RuntimeException cleanup) {
					ex.addSuppressed(cleanup);
				}
				throw ex;
			}
		}
		this.broker = started;
		return this;
	}

	/** Stops the broker and deletes its data; does nothing if none is running. */
	public synchronized void stop() {
		if (this.broker != null) {
			EmbeddedKafkaKraftBroker running = this.broker;
			this.broker = null;
			running.destroy();
		}
	}

	public synchronized boolean isRunning() {
		return this.broker != null;
	}

	/** The one address clients use, the same before and after a restart. */
	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	/**
	 * Points a Spring context's Kafka clients (Spring Kafka and the Spring Cloud Stream
	 * binder) at this broker.
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", this::bootstrapServers);
		registry.add("spring.cloud.stream.kafka.binder.brokers", this::bootstrapServers);
	}

	/**
	 * Like {@link TestInfrastructure#registerKafkaAndMongo}, but with this broker: Kafka
	 * here, and a database of the context's own on the shared MongoDB server.
	 */
	public void registerKafkaAndMongo(DynamicPropertyRegistry registry) {
		register(registry);
		String database = "restartable-" + UUID.randomUUID();
		registry.add("spring.mongodb.uri", () -> TestInfrastructure.mongoUri() + "/" + database);
		registry.add("spring.mongodb.database", () -> database);
	}

	@Override
	public void close() {
		stop();
	}

	private static boolean causedByExistingTopic(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TopicExistsException) {
				return true;
			}
		}
		return false;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
