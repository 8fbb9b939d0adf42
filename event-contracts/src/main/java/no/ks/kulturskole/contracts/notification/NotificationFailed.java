package no.ks.kulturskole.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail could not be delivered and will not be retried (for example a rejected
 * address). Carries no address.
 */
public record NotificationFailed(UUID eventId, String notificationId, String workshopId, String delegationId,
		Instant occurredAt, int schemaVersion, String kind, String template,
		String failure) implements NotificationEvent {

	public static final int SCHEMA_VERSION = 1;

}
