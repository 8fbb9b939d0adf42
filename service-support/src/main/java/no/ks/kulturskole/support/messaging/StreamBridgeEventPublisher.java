package no.ks.kulturskole.support.messaging;

import java.nio.charset.StandardCharsets;

import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.support.outbox.OutboxEntry;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes through Spring Cloud Stream. The Kafka binder is configured with {@code sync:
 * true} and an idempotent producer with {@code acks=all}, so a normal return means the
 * broker has the event.
 */
public class StreamBridgeEventPublisher implements EventPublisher {

	private final StreamBridge streamBridge;

	private final String source;

	public StreamBridgeEventPublisher(StreamBridge streamBridge, String source) {
		this.streamBridge = streamBridge;
		this.source = source;
	}

	@Override
	public void publish(OutboxEntry entry) {
		MessageBuilder<byte[]> builder = MessageBuilder.withPayload(bytes(entry.payload()))
			.setHeader(KafkaHeaders.KEY, bytes(entry.key()))
			.setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
			.setHeader(EventHeaders.ID, bytes(entry.eventId()))
			.setHeader(EventHeaders.TYPE, bytes(entry.type()))
			.setHeader(EventHeaders.SOURCE, bytes(this.source))
			.setHeader(EventHeaders.SUBJECT, bytes(entry.aggregateId()))
			.setHeader(EventHeaders.SPEC_VERSION, bytes("1.0"))
			.setHeader(EventHeaders.SCHEMA_VERSION, bytes(Integer.toString(entry.schemaVersion())));
		if (entry.occurredAt() != null) {
			builder.setHeader(EventHeaders.TIME, bytes(entry.occurredAt().toString()));
		}
		if (entry.correlationId() != null) {
			builder.setHeader(EventHeaders.CORRELATION_ID, bytes(entry.correlationId()));
		}
		Message<byte[]> message = builder.build();
		if (!this.streamBridge.send(entry.topic(), message)) {
			throw new EventNotPublishedException(entry.topic(), entry.eventId());
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
