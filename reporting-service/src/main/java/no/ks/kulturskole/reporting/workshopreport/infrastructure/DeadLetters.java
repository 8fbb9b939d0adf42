package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record a batch could not apply to the binder's dead-letter topic
 * {@code error.<topic>.<group>}, as it came (key, value, headers) plus where it came from
 * and why it failed, and waits for the broker's acknowledgement: the batch is committed
 * only after that, so a poison record is never lost, and it never stops its partition.
 * <p>
 * Done here rather than by the binder because a batch listener that throws fails the
 * whole batch: the binder would retry and dead-letter the good records with the bad one.
 */
public class DeadLetters implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final KafkaProducer<byte[], byte[]> producer;

	private final String group;

	/**
	 * @param connection the binder's producer settings
	 * ({@code KafkaClientSettings#producer()}), so TLS and SASL apply here too
	 */
	public DeadLetters(Map<String, Object> connection, String group) {
		Map<String, Object> properties = new HashMap<>(connection);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
		// the serializers below, not whatever the binder's configuration names
		properties.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
		properties.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
		this.producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
		this.group = group;
	}

	/**
	 * The topic a record of {@code topic} is dead-lettered to, as the binder names it.
	 */
	public String topicFor(String topic) {
		return "error." + topic + "." + this.group;
	}

	public void send(InboundRecord record, Exception cause) {
		SourcePosition at = record.position();
		ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(topicFor(at.topic()), null, record.key(),
				record.value());
		record.headers().forEach((name, value) -> dead.headers().add(name, value));
		dead.headers()
			.add("x-original-topic", bytes(at.topic()))
			.add("x-original-partition", bytes(Integer.toString(at.partition())))
			.add("x-original-offset", bytes(Long.toString(at.offset())))
			.add("x-exception-class", bytes(cause.getClass().getName()));
		try {
			this.producer.send(dead).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while dead-lettering " + at, ex);
		}
		catch (ExecutionException ex) {
			// thrown, so that the batch is not committed and comes again
			throw new IllegalStateException("Could not dead-letter " + at, ex);
		}
		// ids only: events carry personal data
		log.warn("Dead-lettered {}-{}@{}: {}", at.topic(), at.partition(), at.offset(),
				cause.getClass().getSimpleName());
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
