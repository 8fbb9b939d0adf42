package no.ks.kulturskole.notification.mail.model;

import java.time.Instant;

/**
 * One line of the e-mail log as staff see it. Contains the recipient's address: shown to
 * staff, never logged.
 *
 * @param lastError why the last attempt failed, without personal data; {@code null} if
 * none did
 */
public record MailLogEntry(String id, MailKind kind, MailStatus status, String recipient, String workshopId,
		String sessionId, String delegationId, String template, String subject, int attempts, Instant createdAt,
		Instant sentAt, Instant nextAttemptAt, String lastError) {

	@Override
	public String toString() {
		return "MailLogEntry[" + this.id + ", " + this.status + "]";
	}

}
