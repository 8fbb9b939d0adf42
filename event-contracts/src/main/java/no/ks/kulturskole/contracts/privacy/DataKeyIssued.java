package no.ks.kulturskole.contracts.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * The data key of an owner's personal data, for the services that read it. Secret: never
 * logged; the topic is readable by the platform's services only.
 *
 * @param ownerId the delegation or pilot application
 * @param key 32 random bytes, base64url (AES-256-GCM)
 */
public record DataKeyIssued(UUID eventId, String ownerId, Instant occurredAt, int schemaVersion,
		String key) implements DataKeyEvent {

	public static final int SCHEMA_VERSION = 1;

	@Override
	public String toString() {
		// a record's toString would print the key
		return "DataKeyIssued[" + this.eventId + ", " + this.ownerId + "]";
	}

}
