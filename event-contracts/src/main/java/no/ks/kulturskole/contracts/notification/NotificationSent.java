package no.ks.kulturskole.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail left for the SMTP server. Carries no address: the e-mail log in
 * notification-service is where staff see who got what.
 *
 * @param kind e.g. {@code DELEGATION_CONFIRMATION}
 * @param template template name and version used, e.g.
 * {@code delegation-confirmation/nb@1}
 */
public record NotificationSent(UUID eventId, String notificationId, String workshopId, String delegationId,
		Instant occurredAt, int schemaVersion, String kind, String template) implements NotificationEvent {

	public static final int SCHEMA_VERSION = 1;

}
