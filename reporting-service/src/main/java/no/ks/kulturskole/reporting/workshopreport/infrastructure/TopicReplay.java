package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics from their beginning with manual assignment: no consumer group, so it
 * neither disturbs the live consumers' offsets nor needs a rebalance. Records come in
 * each partition's order, which is all the projections need.
 */
public class TopicReplay implements AutoCloseable {

	private final KafkaConsumer<byte[], byte[]> consumer;

	private final List<TopicPartition> partitions;

	private long records;

	/**
	 * @param connection how to reach the brokers: the binder's settings
	 * ({@code KafkaClientSettings#consumer()}), so TLS and SASL apply here too
	 */
	public TopicReplay(Map<String, Object> connection, List<String> topics) {
		Map<String, Object> properties = new HashMap<>(connection);
		// no group: the replay must not touch the live consumers' offsets
		properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
		this.consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
		this.partitions = topics.stream()
			.flatMap(topic -> this.consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream())
			.map(info -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		this.consumer.assign(this.partitions);
		this.consumer.seekToBeginning(this.partitions);
	}

	public List<TopicPartition> partitions() {
		return this.partitions;
	}

	public Map<TopicPartition, Long> endOffsets() {
		return this.consumer.endOffsets(this.partitions);
	}

	/** Applies records until every partition's position has reached its target. */
	public void catchUpTo(Map<TopicPartition, Long> targets, Consumer<ConsumerRecord<byte[], byte[]>> handler) {
		while (!reached(targets)) {
			for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
				handler.accept(record);
				this.records++;
			}
		}
	}

	/**
	 * As {@link #catchUpTo}, a poll at a time: the handler gets each poll's records in
	 * each partition's order.
	 */
	public void catchUpInBatches(Map<TopicPartition, Long> targets,
			Consumer<List<ConsumerRecord<byte[], byte[]>>> handler) {
		while (!reached(targets)) {
			List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
			this.consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
			if (!batch.isEmpty()) {
				handler.accept(batch);
				this.records += batch.size();
			}
		}
	}

	public long records() {
		return this.records;
	}

	private boolean reached(Map<TopicPartition, Long> targets) {
		Map<TopicPartition, Long> positions = new HashMap<>();
		for (TopicPartition partition : this.partitions) {
			positions.put(partition, this.consumer.position(partition));
		}
		return targets.entrySet()
			.stream()
			.allMatch(target -> positions.getOrDefault(target.getKey(), Long.MAX_VALUE) >= target.getValue());
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
