package no.ks.kulturskole.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import no.ks.kulturskole.contracts.EventHeaders;
import no.ks.kulturskole.support.outbox.OutboxEntry;
import no.ks.kulturskole.support.tracing.TraceContinuation;
import no.ks.kulturskole.support.tracing.TraceParent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes through Spring Cloud Stream, many records in flight at once. The Kafka
 * binder's producer bindings are asynchronous ({@code sync: false}) and hand the future
 * of every send to {@link #sendFutures()} (a futures channel set on each producer
 * handler, see {@code PlatformSupportAutoConfiguration}); each send carries a token that
 * finds its future. The producer is idempotent with {@code acks=all}, so records of one
 * key keep their order even with several in flight, and a completed future means the
 * broker has the record. Waiting for each send in turn, as a synchronous binding does,
 * made one round trip per event the limit of the relay: a rush's thousands of events then
 * took tens of seconds to leave.
 */
public class StreamBridgeEventPublisher implements EventPublisher {

	private static final Logger log = LoggerFactory.getLogger(StreamBridgeEventPublisher.class);

	/** Longer than the producer's own delivery timeout, so the producer decides first. */
	private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(15);

	private final StreamBridge streamBridge;

	private final String source;

	private final TraceContinuation tracing;

	private final Map<String, CompletableFuture<?>> inFlight = new ConcurrentHashMap<>();

	public StreamBridgeEventPublisher(StreamBridge streamBridge, String source) {
		this(streamBridge, source, TraceContinuation.NONE);
	}

	public StreamBridgeEventPublisher(StreamBridge streamBridge, String source, TraceContinuation tracing) {
		this.streamBridge = streamBridge;
		this.source = source;
		this.tracing = tracing;
	}

	/** Receives the future of every send from the producer handlers. */
	public MessageHandler sendFutures() {
		return message -> {
			Object token = message.getHeaders().get(KafkaIntegrationHeaders.FUTURE_TOKEN);
			if (token != null && message.getPayload() instanceof CompletableFuture<?> future) {
				this.inFlight.put(token.toString(), future);
			}
		};
	}

	@Override
	public Publication publishAll(List<OutboxEntry> entries) {
		List<CompletableFuture<?>> sent = new ArrayList<>(entries.size());
		RuntimeException sendFailure = null;
		try {
			for (OutboxEntry entry : entries) {
				String token = UUID.randomUUID().toString();
				// sent in the request's trace, which the record's headers carry on
				try (TraceContinuation.Continued trace = this.tracing.publishing(entry.traceparent(), entry.type())) {
					if (!this.streamBridge.send(entry.topic(), message(entry, token, trace.traceparent()))) {
						throw new EventNotPublishedException(entry.topic(), entry.eventId());
					}
				}
				CompletableFuture<?> future = this.inFlight.remove(token);
				if (future == null) {
					throw new IllegalStateException("No send future for event " + entry.eventId() + " on "
							+ entry.topic() + ": the producer binding has no futures channel");
				}
				sent.add(future);
			}
		}
		catch (RuntimeException ex) {
			// the broker is away (the producer gave up after max.block.ms) or similar;
			// what
			// was sent before still counts once acknowledged
			log.warn("Publishing stopped after {} of {} events: {}", sent.size(), entries.size(),
					ex.getClass().getName());
			sendFailure = ex;
		}
		Publication publication = acknowledged(sent);
		if (publication.acknowledged() == sent.size() && sendFailure != null) {
			// every record sent was acknowledged; the next one could not even be sent
			return Publication.stoppedBy(sent.size(), sendFailure);
		}
		return publication;
	}

	private static Publication acknowledged(List<CompletableFuture<?>> sent) {
		int acknowledged = 0;
		for (CompletableFuture<?> future : sent) {
			try {
				future.get(ACKNOWLEDGEMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				acknowledged++;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Publication.stoppedBy(acknowledged, ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				Throwable failure = (ex.getCause() != null) ? ex.getCause() : ex;
				// the class only: a refusal's message may quote the record
				log.warn("The broker did not acknowledge event {} of {}: {}", acknowledged + 1, sent.size(),
						KafkaRefusals.rootCause(failure).getClass().getName());
				settle(sent.subList(acknowledged + 1, sent.size()));
				return Publication.stoppedBy(acknowledged, failure);
			}
		}
		return Publication.all(acknowledged);
	}

	/**
	 * Waits (within one acknowledgement timeout) until the records sent behind a failed
	 * one are acknowledged or given up by the producer, whichever: the caller sends the
	 * failed one again, and a record of this send still queued in the producer would go
	 * out in front of that copy (see {@code OutboxRelay}: first copies in order).
	 */
	private static void settle(List<CompletableFuture<?>> behind) {
		if (behind.isEmpty()) {
			return;
		}
		try {
			CompletableFuture.allOf(behind.toArray(CompletableFuture[]::new))
				.get(ACKNOWLEDGEMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// settled with a failure, or still not after the timeout: nothing more to
			// wait
			// for here (the producer's own delivery timeout is shorter)
		}
	}

	private Message<byte[]> message(OutboxEntry entry, String token, String traceparent) {
		MessageBuilder<byte[]> builder = MessageBuilder.withPayload(bytes(entry.payload()))
			.setHeader(KafkaHeaders.KEY, bytes(entry.key()))
			.setHeader(KafkaIntegrationHeaders.FUTURE_TOKEN, token)
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
		if (traceparent != null) {
			builder.setHeader(TraceParent.HEADER, bytes(traceparent));
		}
		return builder.build();
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
