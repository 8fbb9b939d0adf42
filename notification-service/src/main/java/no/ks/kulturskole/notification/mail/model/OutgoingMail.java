package no.ks.kulturskole.notification.mail.model;

import java.time.Instant;
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
 * @param composedAt when the e-mail was first stored: its {@code Date} header, the same
 * on every attempt; {@code null} until it is stored
 */
public record OutgoingMail(MailKey key, RenderedMail content, String correlationId, List<CalendarInvite> calendars,
		SealedSecret secret, Instant composedAt) {

	public OutgoingMail(MailKey key, RenderedMail content, String correlationId, List<CalendarInvite> calendars,
			SealedSecret secret) {
		this(key, content, correlationId, calendars, secret, null);
	}

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
				this.correlationId, this.calendars, null, this.composedAt);
	}

	/** The same e-mail, stored at {@code storedAt}. */
	public OutgoingMail composedAt(Instant storedAt) {
		return new OutgoingMail(this.key, this.content, this.correlationId, this.calendars, this.secret, storedAt);
	}

	@Override
	public String toString() {
		return "OutgoingMail[" + id() + "]";
	}

}
