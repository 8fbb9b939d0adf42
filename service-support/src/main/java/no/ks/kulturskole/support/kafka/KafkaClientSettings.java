package no.ks.kulturskole.support.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The settings the Kafka binder itself connects with (brokers, and whatever
 * {@code spring.kafka.*} or {@code spring.cloud.stream.kafka.binder.configuration.*} say
 * about TLS and SASL), for the few plain Kafka clients a service builds itself (the
 * rebuild's replay, its dead letters, offset look-ups). Built from the binder's own
 * merge, so they cannot connect differently from the bindings.
 */
public final class KafkaClientSettings {

	private final Map<String, Object> consumer;

	private final Map<String, Object> producer;

	public KafkaClientSettings(Map<String, Object> consumer, Map<String, Object> producer) {
		this.consumer = Map.copyOf(consumer);
		this.producer = Map.copyOf(producer);
	}

	/** A copy to add to: no group, offsets or deserializers are set by the caller. */
	public Map<String, Object> consumer() {
		return new HashMap<>(this.consumer);
	}

	public Map<String, Object> producer() {
		return new HashMap<>(this.producer);
	}

	/** The consumer's connection settings an admin client understands. */
	public Map<String, Object> admin() {
		Set<String> known = AdminClientConfig.configNames();
		Map<String, Object> admin = new HashMap<>();
		this.consumer.forEach((key, value) -> {
			if (known.contains(key)) {
				admin.put(key, value);
			}
		});
		return admin;
	}

}
