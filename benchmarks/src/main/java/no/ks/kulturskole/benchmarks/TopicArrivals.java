package no.ks.kulturskole.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.Topics;

/**
 * When each delegation's {@code DelegationRegistered} reached
 * {@code registration.events}: the record's timestamp, which the registration service's
 * producer sets when its outbox relay sends it (clocks of one machine). It splits the
 * dashboard's lag into the part before the topic (the outbox relay) and the part after it
 * (reporting, the live stream, the page).
 */
final class TopicArrivals {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TYPE = "DelegationRegistered";

	private TopicArrivals() {
	}

	/**
	 * Reads the topic from the records written since {@code since} to its end as it is
	 * now, without a consumer group.
	 * @return delegation id to the time its registration was on the topic
	 */
	static Map<String, Instant> delegationsRegistered(String kafkaBootstrap, String workshopId, Instant since) {
		Map<String, Instant> arrived = new HashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRATION_EVENTS)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			Map<TopicPartition, Long> sinceMillis = new HashMap<>();
			partitions.forEach((partition) -> sinceMillis.put(partition, since.toEpochMilli()));
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			consumer.offsetsForTimes(sinceMillis).forEach((partition, offset) -> {
				if (offset != null) {
					consumer.seek(partition, offset.offset());
				}
				else {
					consumer.seek(partition, end.get(partition));
				}
			});
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < end.get(partition))) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (workshopId.equals(record.key()) && TYPE.equals(type(record))) {
						JsonNode event = JSON.readTree(record.value());
						arrived.putIfAbsent(event.path("delegationId").asString(),
								Instant.ofEpochMilli(record.timestamp()));
					}
				}
			}
		}
		return arrived;
	}

	private static String type(ConsumerRecord<String, byte[]> record) {
		Header type = record.headers().lastHeader(EventHeaders.TYPE);
		return (type != null) ? new String(type.value(), StandardCharsets.UTF_8) : null;
	}

}
