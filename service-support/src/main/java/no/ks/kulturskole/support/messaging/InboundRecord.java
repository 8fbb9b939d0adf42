package no.ks.kulturskole.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.EventHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * One record of a batch a binding in batch mode consumed ({@code batch-mode: true},
 * {@code use-native-decoding: true}), as it came: the one way the platform's batch
 * consumers (reporting's projections, the readers' data keys) read a poll.
 *
 * @param headers the record's own headers, values as sent
 */
public record InboundRecord(String topic, int partition, long offset, byte[] key, byte[] value,
		Map<String, byte[]> headers) {

	/**
	 * In batch mode the binder gives the payloads as a list and every Kafka header as a
	 * list in the same order; the records' own headers are in
	 * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}. Without topic, partition and offset a
	 * record could not be deduplicated nor dead-lettered, so a batch without them is
	 * refused.
	 */
	public static List<InboundRecord> allOf(Message<List<byte[]>> batch) {
		List<byte[]> payloads = batch.getPayload();
		List<?> topics = listOf(batch, KafkaHeaders.RECEIVED_TOPIC, payloads.size());
		List<?> partitions = listOf(batch, KafkaHeaders.RECEIVED_PARTITION, payloads.size());
		List<?> offsets = listOf(batch, KafkaHeaders.OFFSET, payloads.size());
		List<?> keys = listOf(batch, KafkaHeaders.RECEIVED_KEY, payloads.size());
		List<?> headers = listOf(batch, KafkaHeaders.BATCH_CONVERTED_HEADERS, payloads.size());
		List<InboundRecord> records = new ArrayList<>(payloads.size());
		for (int i = 0; i < payloads.size(); i++) {
			if (!(topics.get(i) instanceof String topic) || !(partitions.get(i) instanceof Integer partition)
					|| !(offsets.get(i) instanceof Long offset)) {
				throw new IllegalStateException("A consumed record without topic, partition and offset");
			}
			records.add(new InboundRecord(topic, partition, offset, bytesOf(keys.get(i)), payloads.get(i),
					headersOf(headers.get(i))));
		}
		return records;
	}

	/**
	 * What the record's event is about ({@code ce_subject}; a delegation's events name
	 * the delegation, the owner of their personal data), or {@code null} without one.
	 */
	public String subject() {
		return header(EventHeaders.SUBJECT);
	}

	/** The header's value as text, or {@code null} without it. */
	public String header(String name) {
		byte[] value = this.headers.get(name);
		return (value != null) ? new String(value, StandardCharsets.UTF_8) : null;
	}

	/** The record as the per-record consumers see it, for {@link InboundEvents}. */
	public Message<byte[]> message() {
		MessageBuilder<byte[]> message = MessageBuilder.withPayload(this.value);
		this.headers.forEach((name, value) -> {
			// read-only in a Message; the record's own would clash with the new message's
			if (!name.equals("id") && !name.equals("timestamp")) {
				message.setHeader(name, value);
			}
		});
		return message.setHeader(KafkaHeaders.RECEIVED_TOPIC, this.topic)
			.setHeader(KafkaHeaders.RECEIVED_PARTITION, this.partition)
			.setHeader(KafkaHeaders.OFFSET, this.offset)
			.build();
	}

	private static List<?> listOf(Message<?> batch, String header, int size) {
		Object value = batch.getHeaders().get(header);
		if (value instanceof List<?> list && list.size() == size) {
			return list;
		}
		List<Object> repeated = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			repeated.add(value);
		}
		return repeated;
	}

	private static Map<String, byte[]> headersOf(Object converted) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		if (converted instanceof Map<?, ?> map) {
			map.forEach((name, value) -> {
				byte[] bytes = bytesOf(value);
				if (name instanceof String text && bytes != null) {
					headers.put(text, bytes);
				}
			});
		}
		return headers;
	}

	private static byte[] bytesOf(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof byte[] bytes) ? bytes : value.toString().getBytes(StandardCharsets.UTF_8);
	}

}
