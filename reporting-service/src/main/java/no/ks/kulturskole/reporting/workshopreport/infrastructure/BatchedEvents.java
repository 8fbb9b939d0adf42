package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.RejectedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.support.deadletter.ConsumerFailures;
import no.ks.kulturskole.support.messaging.InboundEvents;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The consumer of one topic: takes what one poll brought (the binding is in batch mode),
 * reads each record through {@link InboundEvents} (unknown types skipped, correlation ids
 * and metrics as everywhere), applies them together with
 * {@link WorkshopReportProjection#apply(List)}, and dead-letters the records that could
 * never be read or applied (the platform's {@link ConsumerFailures} decides). The batch
 * is committed when this returns; a transient failure (MongoDB away) is thrown, so the
 * whole batch comes again, without end (the platform's container error handling), which
 * the projection makes harmless.
 */
public class BatchedEvents<T extends DomainEvent> implements Consumer<Message<List<byte[]>>> {

	private final Class<T> topicType;

	private final InboundEvents inbound;

	private final LiveConsumption live;

	private final WorkshopReportProjection projection;

	private final PilotProjection pilots;

	private final DeadLetters deadLetters;

	public BatchedEvents(Class<T> topicType, InboundEvents inbound, LiveConsumption live,
			WorkshopReportProjection projection, PilotProjection pilots, DeadLetters deadLetters) {
		this.topicType = topicType;
		this.inbound = inbound;
		this.live = live;
		this.projection = projection;
		this.pilots = pilots;
		this.deadLetters = deadLetters;
	}

	@Override
	public void accept(Message<List<byte[]>> batch) {
		List<InboundRecord> records = recordsOf(batch);
		this.live.applyBatch(() -> this.inbound.handlingOneBatch(() -> apply(records)));
	}

	private void apply(List<InboundRecord> records) {
		Map<SourcePosition, InboundRecord> byPosition = new LinkedHashMap<>();
		List<SourcedEvent> events = new ArrayList<>();
		for (InboundRecord record : records) {
			byPosition.put(record.position(), record);
			try {
				this.inbound.handle(messageOf(record), this.topicType,
						event -> events.add(new SourcedEvent(event, record.position())));
			}
			catch (RuntimeException ex) {
				// not readable as an event of this topic: retrying cannot help
				deadLetterPoison(record, ex);
			}
		}
		for (RejectedEvent rejected : this.projection.apply(events)) {
			deadLetterPoison(byPosition.get(rejected.event().position()), rejected.cause());
		}
		for (SourcedEvent sourced : events) {
			if (sourced.event() instanceof PilotEvent pilot) {
				applyPilot(pilot, byPosition.get(sourced.position()));
			}
		}
	}

	/** Pilot applications are few, one document each: applied one at a time. */
	private void applyPilot(PilotEvent pilot, InboundRecord record) {
		try {
			this.pilots.apply(pilot, record.position());
		}
		catch (RuntimeException ex) {
			deadLetterPoison(record, ex);
		}
	}

	/**
	 * Dead-letters a record that can never be applied; a transient failure (MongoDB away,
	 * see {@link ConsumerFailures}) is thrown instead, so the whole batch comes again
	 * (harmless: the projection is idempotent) rather than a good record being lost to
	 * the dead-letter topic.
	 */
	private void deadLetterPoison(InboundRecord record, Exception ex) {
		if (ConsumerFailures.isTransient(ex)) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		this.deadLetters.send(record, ex);
	}

	/** The record as the per-record consumers saw it, for {@link InboundEvents}. */
	private static Message<byte[]> messageOf(InboundRecord record) {
		MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value());
		record.headers().forEach((name, value) -> {
			// read-only in a Message; the record's own would clash with the new message's
			if (!name.equals("id") && !name.equals("timestamp")) {
				message.setHeader(name, value);
			}
		});
		return message.setHeader(KafkaHeaders.RECEIVED_TOPIC, record.position().topic())
			.setHeader(KafkaHeaders.RECEIVED_PARTITION, record.position().partition())
			.setHeader(KafkaHeaders.OFFSET, record.position().offset())
			.build();
	}

	/**
	 * In batch mode the binder gives the payloads as a list and every Kafka header as a
	 * list in the same order; the records' own headers are in
	 * {@link KafkaHeaders#BATCH_CONVERTED_HEADERS}. Without topic, partition and offset a
	 * record could not be deduplicated, so a batch without them is refused.
	 */
	static List<InboundRecord> recordsOf(Message<List<byte[]>> batch) {
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
			records.add(new InboundRecord(new SourcePosition(topic, partition, offset), bytesOf(keys.get(i)),
					payloads.get(i), headersOf(headers.get(i))));
		}
		return records;
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
