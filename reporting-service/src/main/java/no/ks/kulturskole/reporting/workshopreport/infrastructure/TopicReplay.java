package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
		// A fetch for partitions at their end waits this long on the broker for new
		// records (500 ms by default), and the next fetch to that broker waits for it:
		// every round of catchUpInRounds began with about half a second of nothing (two
		// empty polls), a third of a rebuild's time. A replay reads to known offsets, so
		// it
		// need not wait for records that are not there yet.
		properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
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

	/**
	 * As {@link #catchUpInBatches}, a partition number at a time when every topic has as
	 * many partitions: partition 0 of every topic up to its target, then partition 1, and
	 * so on, with {@code roundDone} called between two rounds. The producers key all
	 * events of a workshop by its id, so with as many partitions per topic they are all
	 * in partitions of the same number: after a round its workshops are complete, and the
	 * replay can write them while it reads the next round. Topics with different numbers
	 * of partitions are read in one round.
	 */
	public void catchUpInRounds(Map<TopicPartition, Long> targets,
			Consumer<List<ConsumerRecord<byte[], byte[]>>> handler, Runnable roundDone) {
		List<List<TopicPartition>> rounds = rounds();
		for (int round = 0; round < rounds.size(); round++) {
			List<TopicPartition> reading = rounds.get(round);
			// paused partitions keep their positions: a later round reads on from there
			this.consumer.pause(this.partitions);
			this.consumer.resume(reading);
			Map<TopicPartition, Long> roundTargets = new HashMap<>();
			reading.stream()
				.filter(targets::containsKey)
				.forEach(partition -> roundTargets.put(partition, targets.get(partition)));
			catchUpInBatches(roundTargets, handler);
			if (round < rounds.size() - 1) {
				roundDone.run();
			}
		}
		this.consumer.resume(this.partitions);
	}

	/** The partitions by number if every topic has as many, else all in one round. */
	List<List<TopicPartition>> rounds() {
		Map<String, Long> perTopic = this.partitions.stream()
			.collect(Collectors.groupingBy(TopicPartition::topic, Collectors.counting()));
		if (perTopic.values().stream().distinct().count() > 1) {
			return List.of(this.partitions);
		}
		return List.copyOf(this.partitions.stream()
			.collect(Collectors.groupingBy(TopicPartition::partition, TreeMap::new, Collectors.toList()))
			.values());
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
