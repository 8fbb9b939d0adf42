package no.ks.kulturskole.notification.mail.model;

import java.util.Objects;

/**
 * One e-mail to send.
 *
 * @param correlationId the request that caused it, carried on to
 * {@code NotificationSent}; may be {@code null}
 * @param calendar an invitation to attach; {@code null} for e-mails without one
 */
public record OutgoingMail(MailKey key, RenderedMail content, String correlationId, CalendarInvite calendar) {

	public OutgoingMail(MailKey key, RenderedMail content, String correlationId) {
		this(key, content, correlationId, null);
	}

	public OutgoingMail {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(content, "content");
	}

	public String id() {
		return this.key.value();
	}

	public String recipient() {
		return this.key.recipient();
	}

	@Override
	public String toString() {
		return "OutgoingMail[" + id() + "]";
	}

}
