package no.ks.kulturskole.contracts.erasure;

import java.time.Instant;
import java.util.UUID;

/**
 * A service erased its copies of one owner's personal data (replicas, mail log, read
 * models) for an erasure.
 *
 * @param ownerId the delegation or pilot application erased
 * @param service the service that erased its copies
 */
public record ErasureCompleted(UUID eventId, String erasureId, String ownerId, String service, Instant occurredAt,
		int schemaVersion) implements ErasureEvent {

	public static final int SCHEMA_VERSION = 1;

}
