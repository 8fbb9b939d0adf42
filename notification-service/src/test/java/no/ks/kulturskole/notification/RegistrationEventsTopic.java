package no.ks.kulturskole.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes to {@code registration.events} the way registration-service's outbox relay does:
 * JSON payload, key = workshopId, CloudEvents-style headers.
 */
final class RegistrationEventsTopic {

	static final String DEAD_LETTERS = "error." + Topics.REGISTRATION_EVENTS + ".notification-service";

	private static KafkaProducer<String, byte[]> producer;

	static void publish(String key, String type, String eventId, String correlationId, byte[] json) {
		publishTo(Topics.REGISTRATION_EVENTS, key, type, eventId, correlationId, json);
	}

	/**
	 * The same for another topic, e.g. {@code workshop.events} as workshop-service writes
	 * it.
	 */
	static void publishTo(String topic, String key, String type, String eventId, String correlationId, byte[] json) {
		publishTo(topic, key, type, eventId, correlationId, json, null);
	}

	/**
	 * @param traceparent the W3C trace context registration-service's relay writes into
	 * the record, {@code null} for none
	 */
	static synchronized void publishTo(String topic, String key, String type, String eventId, String correlationId,
			byte[] json, String traceparent) {
		if (producer == null) {
			producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					TestInfrastructure.kafka().getBrokersAsString(), ProducerConfig.ACKS_CONFIG, "all"),
					new StringSerializer(), new ByteArraySerializer());
		}
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json);
		record.headers()
			.add(EventHeaders.ID, bytes(eventId))
			.add(EventHeaders.TYPE, bytes(type))
			.add(EventHeaders.SOURCE, bytes("/kulturskole/registration-service"))
			.add(EventHeaders.SPEC_VERSION, bytes("1.0"))
			.add(EventHeaders.CORRELATION_ID, bytes(correlationId));
		if (traceparent != null) {
			record.headers().add("traceparent", bytes(traceparent));
		}
		try {
			producer.send(record).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * The keys of every record in the dead-letter topic, read up to its current end (none
	 * if the topic was never created).
	 */
	static List<String> deadLetterKeys() {
		return deadLetterKeys(DEAD_LETTERS);
	}

	/** The same for another dead-letter topic. */
	static List<String> deadLetterKeys(String deadLetters) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafka().getBrokersAsString(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
				ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<PartitionInfo> partitions = consumer.partitionsFor(deadLetters, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return List.of();
			}
			List<TopicPartition> topicPartitions = partitions.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(topicPartitions);
			consumer.seekToBeginning(topicPartitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(topicPartitions);
			List<String> keys = new ArrayList<>();
			while (topicPartitions.stream().anyMatch((tp) -> consumer.position(tp) < end.get(tp))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					keys.add(record.key());
				}
			}
			return keys;
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private RegistrationEventsTopic() {
	}

}
