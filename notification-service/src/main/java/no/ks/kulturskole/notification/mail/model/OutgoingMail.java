package no.ks.kulturskole.notification.mail.model;

import java.util.List;
import java.util.Objects;

/**
 * One e-mail to send.
 *
 * @param correlationId the request that caused it, carried on to
 * {@code NotificationSent}; may be {@code null}
 * @param calendars invitations (or cancellations) to attach; empty for e-mails without
 * one. A move carries two: the new session's entry and the removal of the old one.
 * @param secret a sealed secret to put in where the content has
 * {@link SealedSecret#PLACEHOLDER}; {@code null} for e-mails without one
 */
public record OutgoingMail(MailKey key, RenderedMail content, String correlationId, List<CalendarInvite> calendars,
		SealedSecret secret) {

	public OutgoingMail(MailKey key, RenderedMail content, String correlationId) {
		this(key, content, correlationId, List.of(), null);
	}

	public OutgoingMail(MailKey key, RenderedMail content, String correlationId, CalendarInvite calendar) {
		this(key, content, correlationId, (calendar != null) ? List.of(calendar) : List.of(), null);
	}

	public OutgoingMail {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(content, "content");
		calendars = (calendars != null) ? List.copyOf(calendars) : List.of();
	}

	public String id() {
		return this.key.value();
	}

	public String recipient() {
		return this.key.recipient();
	}

	/** The same e-mail with the secret opened and put in, for the SMTP server only. */
	public OutgoingMail withSecretRevealed(String secret) {
		return new OutgoingMail(this.key, this.content.withPlaceholderReplaced(SealedSecret.PLACEHOLDER, secret),
				this.correlationId, this.calendars, null);
	}

	@Override
	public String toString() {
		return "OutgoingMail[" + id() + "]";
	}

}
