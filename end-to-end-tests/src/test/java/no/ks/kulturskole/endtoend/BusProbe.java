package no.ks.kulturskole.endtoend;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import no.ks.kulturskole.infra.apps.Application;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * What the fault suite reads and does on the bus from outside, as an operator would with
 * Kafka's admin tools: how many records the dead-letter topics hold, how far the
 * services' consumer groups are behind, and a redelivery storm (a group's committed
 * offsets put back to the start).
 */
final class BusProbe implements AutoCloseable {

	/** The Kafka binder's dead-letter topics: {@code error.<topic>.<group>}. */
	private static final String DEAD_LETTER_PREFIX = "error.";

	/**
	 * The services with consumer groups; registration-service, which takes the writes,
	 * first.
	 */
	static final List<Application> CONSUMERS = List.of(Application.REGISTRATION, Application.WORKSHOP,
			Application.NOTIFICATION, Application.REPORTING);

	private final Admin admin;

	BusProbe(String bootstrap) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
	}

	/** Records ever written to each dead-letter topic, by topic (none: empty map). */
	Map<String, Long> deadLetters() {
		Set<String> topics = call(this.admin.listTopics().names()).stream()
			.filter((name) -> name.startsWith(DEAD_LETTER_PREFIX))
			.collect(Collectors.toSet());
		if (topics.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, Long> ends = endOffsets(partitionsOf(topics));
		return ends.entrySet()
			.stream()
			.collect(Collectors.groupingBy((entry) -> entry.getKey().topic(),
					Collectors.summingLong(Map.Entry::getValue)));
	}

	/**
	 * Records the consumer group of {@code application} has not yet committed, over every
	 * partition it has committed an offset for.
	 */
	long lag(Application application) {
		Map<TopicPartition, OffsetAndMetadata> committed = call(
				this.admin.listConsumerGroupOffsets(application.module()).partitionsToOffsetAndMetadata());
		Map<TopicPartition, Long> ends = endOffsets(committed.keySet());
		return committed.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null)
			.mapToLong((entry) -> Math.max(0, ends.get(entry.getKey()) - entry.getValue().offset()))
			.sum();
	}

	/**
	 * Puts the committed offsets of {@code application}'s consumer group back to the
	 * beginning of every partition, so that it reads everything again when it starts: the
	 * storm a mistaken reset or a lost offsets topic causes. The group's processes must
	 * be gone; their memberships are revoked here instead of waiting for the session to
	 * time out.
	 */
	void redeliverEverythingTo(Application application) {
		String group = application.module();
		boolean members = !call(this.admin.describeConsumerGroups(List.of(group)).describedGroups().get(group))
			.members()
			.isEmpty();
		if (members) {
			call(this.admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions()).all());
		}
		Map<TopicPartition, OffsetAndMetadata> committed = call(
				this.admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
		Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
		call(this.admin
			.listOffsets(committed.keySet()
				.stream()
				.collect(Collectors.toMap((partition) -> partition, (partition) -> OffsetSpec.earliest())))
			.all()).forEach((partition, earliest) -> start.put(partition, new OffsetAndMetadata(earliest.offset())));
		call(this.admin.alterConsumerGroupOffsets(group, start).all());
	}

	private Collection<TopicPartition> partitionsOf(Set<String> topics) {
		return call(this.admin.describeTopics(topics).allTopicNames()).values()
			.stream()
			.flatMap((TopicDescription description) -> description.partitions()
				.stream()
				.map((partition) -> new TopicPartition(description.name(), partition.partition())))
			.toList();
	}

	private Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, ListOffsetsResultInfo> ends = call(this.admin
			.listOffsets(partitions.stream().collect(Collectors.toMap((p) -> p, (p) -> OffsetSpec.latest())))
			.all());
		return ends.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
	}

	private static <T> T call(KafkaFuture<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		this.admin.close();
	}

}
