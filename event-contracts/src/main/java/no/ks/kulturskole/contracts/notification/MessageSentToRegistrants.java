package no.ks.kulturskole.contracts.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Staff sent a message to a workshop's registrants. Carries who it was meant for (the
 * audience) and how many it reached, never an address or a name: the e-mail log in
 * notification-service is where staff see who got it.
 *
 * @param sessionId the session the audience was limited to; {@code null} for every
 * session
 * @param statuses the delegation statuses chosen, e.g. {@code CONFIRMED}
 * @param roles {@code DELEGATES} and/or {@code COORDINATORS}
 * @param recipients people mailed (each once, however many roles they have)
 * @param subject the bokmål subject
 */
public record MessageSentToRegistrants(UUID eventId, String messageId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, List<String> statuses, List<String> roles, int recipients,
		String subject) implements NotificationEvent {

	public static final int SCHEMA_VERSION = 1;

	public MessageSentToRegistrants {
		statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

	/** The message is the notification: one per message, not per e-mail. */
	@Override
	@JsonIgnore
	public String notificationId() {
		return this.messageId;
	}

}
