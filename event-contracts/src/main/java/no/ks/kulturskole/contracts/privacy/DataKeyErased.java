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
 */
public record DataKeyErased(UUID eventId, String ownerId, Instant occurredAt,
		int schemaVersion) implements DataKeyEvent {

	public static final int SCHEMA_VERSION = 1;

}
