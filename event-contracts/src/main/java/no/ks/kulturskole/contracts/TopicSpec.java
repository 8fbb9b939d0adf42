package no.ks.kulturskole.contracts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one topic must look on every broker: the same declaration is used by the services
 * (which create their topics at start-up), the local launcher and the Kubernetes
 * {@code KafkaTopic} resources (checked by a test), so that the partitions and retention
 * of a topic never depend on who happened to create it first.
 *
 * @param name the topic
 * @param writer the one application that writes it ({@code spring.application.name}); for
 * a dead-letter topic the consumer group that dead-letters into it
 * @param partitions partitions; a topic's key keeps one workshop in one partition
 * @param retention how long records are kept, {@code null} for ever
 * @param compacted whether the topic is keyed state (only the last record per key kept)
 */
public record TopicSpec(String name, String writer, int partitions, Duration retention, boolean compacted) {

	/** Kafka's {@code retention.ms} for "never delete". */
	public static final String KEEP_FOREVER = "-1";

	public TopicSpec {
		Objects.requireNonNull(name, "name");
		if (partitions < 1) {
			throw new IllegalArgumentException("A topic needs at least one partition: " + name);
		}
	}

	/**
	 * The topic-level settings to create or align the topic with.
	 * @param minInsyncReplicas replicas that must have a record before the broker
	 * acknowledges it to an {@code acks=all} producer: 1 locally, 2 of 3 in production
	 */
	public Map<String, String> configs(int minInsyncReplicas) {
		Map<String, String> configs = new LinkedHashMap<>();
		configs.put("cleanup.policy", this.compacted ? "compact" : "delete");
		configs.put("retention.ms", (this.retention != null) ? Long.toString(this.retention.toMillis()) : KEEP_FOREVER);
		configs.put("min.insync.replicas", Integer.toString(minInsyncReplicas));
		return configs;
	}

}
