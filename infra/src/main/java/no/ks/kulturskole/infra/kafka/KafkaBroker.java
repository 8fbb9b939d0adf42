package no.ks.kulturskole.infra.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka node in KRaft mode (broker and controller in one), running inside this
 * JVM: alone, or one of the nodes of a {@link KafkaCluster}. Its storage is formatted
 * once; later starts reuse it, so topics, records and committed offsets survive a
 * restart.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

	private static final String CONTROLLER_LISTENER = "CONTROLLER";

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Formats {@code node}'s storage with {@code clusterId} if it has never been
	 * formatted, then starts it. In a cluster this returns only once a quorum of
	 * controllers is up, so the nodes must be started together.
	 * @param voters the static controller quorum, {@code id@host:port,...}
	 */
	static KafkaBroker start(Node node, String voters, String clusterId, String host, Replication replication) {
		Path logDir = node.logDir();
		int port = node.port();
		int controllerPort = node.controllerPort();
		Properties config = config(node, voters, host, replication);
		formatOnce(logDir, node.id(), clusterId);
		KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
		try {
			server.startup();
		}
		catch (RuntimeException ex) {
			// the controller half may be running although the broker half failed (a port
			// in use)
			stopQuietly(server);
			throw new IllegalStateException("Kafka could not start on " + host + ":" + port + " (controller port "
					+ controllerPort + "): " + rootCause(ex).getMessage(), ex);
		}
		return new KafkaBroker(server, host + ":" + port);
	}

	static Properties config(Node node, String voters, String host, Replication replication) {
		Path logDir = node.logDir();
		int port = node.port();
		int controllerPort = node.controllerPort();
		String copies = String.valueOf(replication.factor());
		String minIsr = String.valueOf(replication.minInsyncReplicas());
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", String.valueOf(node.id()));
		// A static quorum (not --standalone's dynamic one) keeps no address in the log,
		// so the platform may restart on other ports with the same data.
		props.put("controller.quorum.voters", voters);
		props.put("listeners",
				"PLAINTEXT://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
		props.put("controller.listener.names", CONTROLLER_LISTENER);
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
		props.put("log.dirs", logDir.toString());
		// topics a binder auto-creates (dead-letter topics) get the platform's partition
		// count too
		props.put("num.partitions", "3");
		props.put("default.replication.factor", copies);
		props.put("min.insync.replicas", minIsr);
		props.put("offsets.topic.replication.factor", copies);
		// fewer internal partitions than the default 50: faster first start, plenty for
		// five services
		props.put("offsets.topic.num.partitions", "5");
		props.put("transaction.state.log.replication.factor", copies);
		props.put("transaction.state.log.min.isr", minIsr);
		props.put("transaction.state.log.num.partitions", "5");
		props.put("share.coordinator.state.topic.replication.factor", copies);
		props.put("share.coordinator.state.topic.min.isr", minIsr);
		// a consumer group of one member need not wait for others to join
		props.put("group.initial.rebalance.delay.ms", "0");
		return props;
	}

	private static void formatOnce(Path logDir, int nodeId, String clusterId) {
		if (Files.exists(logDir.resolve("meta.properties"))) {
			log.info("Kafka storage in {} is formatted; reusing it", logDir);
			return;
		}
		try {
			Files.createDirectories(logDir);
			new Formatter().setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
				.setNodeId(nodeId)
				.setClusterId(clusterId)
				.setControllerListenerName(CONTROLLER_LISTENER)
				.addDirectory(logDir.toString())
				.setMetadataLogDirectory(logDir.toString())
				.run();
			log.info("Formatted new Kafka storage in {}", logDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format Kafka storage in " + logDir, ex);
		}
	}

	private static void stopQuietly(KafkaRaftServer server) {
		try {
			server.shutdown();
			server.awaitShutdown();
		}
		catch (RuntimeException ex) {
			log.debug("Kafka did not shut down cleanly after a failed start", ex);
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** {@code host:port} for clients. */
	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/**
	 * One node of the cluster.
	 *
	 * @param id the node id, from 1
	 * @param logDir its own storage
	 * @param port where clients connect
	 * @param controllerPort where the controllers talk
	 */
	record Node(int id, Path logDir, int port, int controllerPort) {
	}

	/**
	 * How topics are replicated, the internal ones included.
	 *
	 * @param factor copies of every partition
	 * @param minInsyncReplicas copies an {@code acks=all} write needs
	 */
	record Replication(short factor, int minInsyncReplicas) {
	}

	/** Controlled shutdown; segments and the metadata log are flushed to disk. */
	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

}
