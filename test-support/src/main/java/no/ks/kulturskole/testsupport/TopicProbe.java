package no.ks.kulturskole.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer that reads a topic from the beginning: how tests look at what a
 * service really published, from outside the service.
 */
public final class TopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<PublishedRecord> seen = new ArrayList<>();

	public TopicProbe(String bootstrapServers, String topic) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
				new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	/** Polls once more and returns everything seen so far, in arrival order. */
	public List<PublishedRecord> records() {
		for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(300))) {
			this.seen.add(new PublishedRecord(record.key(), header(record, "ce_type"), header(record, "ce_id"),
					header(record, "correlation_id"), record.value(), record.partition(),
					header(record, "traceparent")));
		}
		return List.copyOf(this.seen);
	}

	public List<PublishedRecord> recordsOfType(String type) {
		return records().stream().filter(record -> type.equals(record.type())).toList();
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

	/**
	 * @param traceparent the W3C trace context the producer wrote, {@code null} if none
	 */
	public record PublishedRecord(String key, String type, String eventId, String correlationId, String value,
			int partition, String traceparent) {
	}

}
