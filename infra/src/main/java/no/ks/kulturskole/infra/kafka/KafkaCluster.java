package no.ks.kulturskole.infra.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import no.ks.kulturskole.infra.PlatformSettings;
import no.ks.kulturskole.infra.kafka.KafkaBroker.Node;
import no.ks.kulturskole.infra.kafka.KafkaBroker.Replication;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's Kafka: one node, or three forming a KRaft cluster (each broker and
 * controller in one, a static quorum of three) with replication factor 3 and
 * {@code min.insync.replicas=2}, as in production. All nodes run inside this JVM, each
 * with its own storage folder; one can be stopped and started again while the others go
 * on (the fault suite's "one broker away").
 * <p>
 * One broker keeps its storage in {@code kafka/} as it always did; three keep theirs in
 * {@code kafka-cluster/node-<n>/}, so switching between the two never mixes a one-node
 * log into a three-node cluster.
 */
public final class KafkaCluster implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(KafkaCluster.class);

	private final List<Node> nodes;

	private final String voters;

	private final String clusterId;

	private final String host;

	private final Replication replication;

	/** The running node of each index; {@code null} while stopped. */
	private final KafkaBroker[] running;

	private KafkaCluster(List<Node> nodes, String clusterId, String host, Replication replication) {
		this.nodes = List.copyOf(nodes);
		this.voters = nodes.stream()
			.map((node) -> node.id() + "@" + host + ":" + node.controllerPort())
			.collect(Collectors.joining(","));
		this.clusterId = clusterId;
		this.host = host;
		this.replication = replication;
		this.running = new KafkaBroker[nodes.size()];
	}

	/**
	 * Starts every broker {@code settings} asks for, in parallel (a node of three waits
	 * for a quorum before its start returns), and returns when all accept connections.
	 */
	public static KafkaCluster start(PlatformSettings settings, Path dataDir) {
		int brokers = settings.brokers();
		List<Node> nodes = new ArrayList<>();
		Path storage = (brokers == 1) ? dataDir.resolve("kafka") : dataDir.resolve("kafka-cluster");
		for (int index = 0; index < brokers; index++) {
			Path logDir = (brokers == 1) ? storage : storage.resolve("node-" + (index + 1));
			nodes.add(new Node(index + 1, logDir, settings.ports().kafkaBroker(index),
					settings.ports().kafkaController(index)));
		}
		KafkaCluster cluster = new KafkaCluster(nodes, clusterId(storage, brokers), PlatformSettings.HOST,
				new Replication(settings.replicationFactor(), settings.minInsyncReplicas()));
		try {
			List<CompletableFuture<Void>> starts = new ArrayList<>();
			for (int index = 0; index < brokers; index++) {
				int node = index;
				starts.add(CompletableFuture.runAsync(() -> cluster.startBroker(node)));
			}
			CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
			return cluster;
		}
		catch (CompletionException ex) {
			cluster.close();
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * All nodes of a cluster are formatted with one cluster id, kept beside them; a lone
	 * node gets a new one when its storage is formatted (and keeps the one it has).
	 */
	private static String clusterId(Path storage, int brokers) {
		if (brokers == 1) {
			return Uuid.randomUuid().toString();
		}
		Path file = storage.resolve("cluster.id");
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.US_ASCII).trim();
			}
			Files.createDirectories(storage);
			String id = Uuid.randomUuid().toString();
			Files.writeString(file, id, StandardCharsets.US_ASCII);
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code host:port} of every broker, comma-separated. */
	public String bootstrapServers() {
		return this.nodes.stream().map((node) -> this.host + ":" + node.port()).collect(Collectors.joining(","));
	}

	public int size() {
		return this.nodes.size();
	}

	/** The client port of broker {@code index} (from 0). */
	public int portOf(int index) {
		return this.nodes.get(index).port();
	}

	public synchronized boolean isRunning(int index) {
		return this.running[index] != null;
	}

	/**
	 * Stops broker {@code index} (a controlled shutdown: its partitions' leadership moves
	 * to the others); its storage stays for {@link #startBroker}.
	 */
	public void stopBroker(int index) {
		KafkaBroker broker;
		synchronized (this) {
			broker = this.running[index];
			this.running[index] = null;
		}
		if (broker != null) {
			log.info("Stopping Kafka broker {}", this.nodes.get(index).id());
			broker.close();
		}
	}

	/**
	 * Starts broker {@code index} again on its port with its storage; no-op if running.
	 */
	public void startBroker(int index) {
		synchronized (this) {
			if (this.running[index] != null) {
				return;
			}
		}
		Node node = this.nodes.get(index);
		KafkaBroker broker = KafkaBroker.start(node, this.voters, this.clusterId, this.host, this.replication);
		synchronized (this) {
			this.running[index] = broker;
		}
		log.info("Kafka broker {} running on {}:{}", node.id(), this.host, node.port());
	}

	/**
	 * Stops every node, each flushing its storage. Together: one after the other, the
	 * last node would wait for a controller quorum that the first ones took away.
	 */
	@Override
	public void close() {
		List<CompletableFuture<Void>> stops = new ArrayList<>();
		for (int index = 0; index < this.nodes.size(); index++) {
			int node = index;
			stops.add(CompletableFuture.runAsync(() -> {
				try {
					stopBroker(node);
				}
				catch (RuntimeException ex) {
					log.warn("Stopping Kafka broker {} failed: {}", this.nodes.get(node).id(), ex.toString());
				}
			}));
		}
		CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
	}

}
