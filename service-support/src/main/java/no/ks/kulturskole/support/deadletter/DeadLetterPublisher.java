package no.ks.kulturskole.support.deadletter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.support.messaging.InboundRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;

/**
 * The one way a record goes to a dead-letter topic {@code error.<topic>.<group>}: as it
 * came (key, value, headers), plus Spring Kafka's {@code kafka_dlt-*} headers (original
 * topic, partition, offset, consumer group, exception class and message), and only once
 * the broker acknowledged it, so the consumer commits past it only then. Each dead letter
 * is counted in {@code platform.dead_letters} (tag {@code topic}: the dead-letter topic)
 * and logged by position only: records carry personal data.
 */
public class DeadLetterPublisher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

	public static final String METRIC = "platform.dead_letters";

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

	private final DefaultKafkaProducerFactory<byte[], byte[]> producers;

	private final KafkaTemplate<byte[], byte[]> template;

	private final MeterRegistry meters;

	/**
	 * @param connection the binder's producer settings
	 * ({@code KafkaClientSettings#producer()}), so TLS and SASL apply here too
	 */
	public DeadLetterPublisher(Map<String, Object> connection, MeterRegistry meters) {
		Map<String, Object> properties = new java.util.HashMap<>(connection);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		// the serializers below, not whatever the binder's configuration names
		properties.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
		properties.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
		this.producers = new DefaultKafkaProducerFactory<>(properties, new ByteArraySerializer(),
				new ByteArraySerializer());
		this.template = new KafkaTemplate<>(this.producers);
		this.meters = meters;
	}

	/** The dead-letter topic of a consumer group's records of a topic. */
	public static String topicFor(String topic, String group) {
		return Topics.deadLetter(topic, group, Topics.DEAD_LETTER_RETENTION).name();
	}

	/**
	 * A recoverer for a listener container's error handler: to {@link #topicFor} the
	 * record's topic and the group, partition 0 (dead-letter topics have one). Not the
	 * binder's resolver: it names no topic unless {@code dlq-name} is set.
	 */
	public ConsumerRecordRecoverer recoverer(String group) {
		BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> resolver = (record,
				ex) -> new TopicPartition(topicFor(record.topic(), group), 0);
		DeadLetterPublishingRecoverer publishing = new DeadLetterPublishingRecoverer(this.template, resolver);
		// the stack trace says nothing a person re-driving the record needs, and is large
		publishing.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);
		return (record, ex) -> {
			// the headers name what failed, not the listener's and the binder's wrappers
			publishing.accept(record, unwrapped(ex));
			String deadLetters = topicFor(record.topic(), group);
			this.meters.counter(METRIC, "topic", deadLetters).increment();
			log.warn("Dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
					deadLetters, rootCause(ex).getClass().getName());
		};
	}

	/** Dead-letters one record now (for consumers that handle their own failures). */
	public void send(ConsumerRecord<byte[], byte[]> record, String group, Exception cause) {
		recoverer(group).accept(record, cause);
	}

	/**
	 * Dead-letters one record of a batch now, as it came, and waits for the broker: a
	 * batch listener that threw would fail its good records with the bad one, so batch
	 * consumers send their poison here and go on.
	 */
	public void send(InboundRecord record, String group, Exception cause) {
		ConsumerRecord<byte[], byte[]> consumed = new ConsumerRecord<>(record.topic(), record.partition(),
				record.offset(), record.key(), record.value());
		record.headers().forEach((name, value) -> consumed.headers().add(name, value));
		send(consumed, group, cause);
	}

	static Exception unwrapped(Exception failure) {
		Exception unwrapped = failure;
		while ((unwrapped instanceof ListenerExecutionFailedException || unwrapped instanceof MessagingException)
				&& unwrapped.getCause() instanceof Exception cause) {
			unwrapped = cause;
		}
		return unwrapped;
	}

	/**
	 * Publishes a dead letter again to its original topic, as it came: its key, value and
	 * headers, without the {@code kafka_dlt-*} ones the dead-lettering added; waits for
	 * the broker.
	 */
	public void redrive(ConsumerRecord<byte[], byte[]> deadLetter, String originalTopic) {
		ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(originalTopic, null, deadLetter.key(),
				deadLetter.value());
		for (Header header : deadLetter.headers()) {
			if (!header.key().startsWith("kafka_dlt-")) {
				again.headers().add(header);
			}
		}
		try {
			this.template.send(again).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while re-driving", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not take the re-driven record", ex);
		}
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	@Override
	public void close() {
		this.producers.destroy();
	}

}
