package no.ks.kulturskole.web.deadletter;

import java.time.Instant;
import java.util.Map;

/**
 * A record in a dead-letter topic, for an administrator to inspect: where it is, where it
 * came from, why it failed, and what it said. Every service's admin API answers with it
 * (service-support) and the gateway's dead-letter page reads it; it lives here, where
 * both depend, so neither keeps a copy (issue 18). Plain data: no Spring.
 *
 * @param headers every header as text (ids, types, the {@code kafka_dlt-*} ones)
 * @param payload the record's value as UTF-8 text (events are JSON)
 * @param redrivenAt when it was re-driven to its original topic; {@code null} if never
 */
public record DeadLetter(String topic, int partition, long offset, String key, Instant timestamp, String originalTopic,
		Integer originalPartition, Long originalOffset, String exceptionClass, String exceptionMessage,
		Map<String, String> headers, String payload, Instant redrivenAt) {
}
