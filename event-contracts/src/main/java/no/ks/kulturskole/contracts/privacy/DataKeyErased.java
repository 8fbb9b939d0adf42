package no.ks.kulturskole.contracts.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * An owner's personal data was erased: every service deletes its copy of the key, and the
 * owner's sealed personal fields can no longer be read anywhere. Kept (not a Kafka
 * tombstone) so that a service that reads the compacted topic from the start years later
 * still learns that the key is gone for good rather than not yet arrived.
 *
 * @param ownerId the delegation or pilot application
 * @param erasureId the erasure (on request or by retention) the services report back to,
 * with {@code ErasureCompleted}; {@code null} for none
 */
public record DataKeyErased(UUID eventId, String ownerId, Instant occurredAt, int schemaVersion,
		String erasureId) implements DataKeyEvent {

	public static final int SCHEMA_VERSION = 1;

	/** Without an erasure to report to. */
	public DataKeyErased(UUID eventId, String ownerId, Instant occurredAt, int schemaVersion) {
		this(eventId, ownerId, occurredAt, schemaVersion, null);
	}

}
