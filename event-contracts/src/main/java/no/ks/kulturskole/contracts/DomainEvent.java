package no.ks.kulturskole.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries. Events are immutable facts in the past tense;
 * their JSON gets a {@code type} property from the sealed interface of their topic.
 */
public interface DomainEvent {

	UUID eventId();

	/** The aggregate the fact is about; the unit of idempotency for consumers. */
	String aggregateId();

	/** The Kafka record key: it decides the partition and therefore the order. */
	String partitionKey();

	Instant occurredAt();

	int schemaVersion();

}
