package no.ks.kulturskole.support.outbox;

import java.time.Instant;

/**
 * An event waiting inside its aggregate's document until the broker has acknowledged it.
 * Stored with the business change in one document update, so that neither exists without
 * the other: the consistency boundary the embedded MongoDB allows (no multi-document
 * transactions).
 *
 * @param payload the event as JSON, exactly as it will be published
 * @param traceparent the W3C trace context of the request that caused the event, which
 * the published record continues; {@code null} if none (or stored before it was kept)
 */
public record OutboxEntry(String eventId, String topic, String key, String type, int schemaVersion, String aggregateId,
		Instant occurredAt, String correlationId, String payload, String traceparent) {
}
