package no.ks.kulturskole.infra.mail;

import java.time.Instant;
import java.util.List;

/**
 * One e-mail as delivered to one mailbox. A mail to two recipients is two caught mails
 * (as in two real inboxes), so "did Kari get exactly one confirmation?" is a simple
 * count.
 *
 * @param id stable identifier, used in the viewer's links
 * @param deliveredTo the mailbox (envelope recipient) this copy was delivered to
 * @param to addresses in the To header
 * @param from the From header, as written (may contain a display name)
 * @param subject the decoded subject
 * @param receivedAt when GreenMail received it
 * @param text the text/plain body, or {@code null}
 * @param html the text/html body, or {@code null}
 * @param attachments file names of attachments and inline parts
 * @param messageId the {@code Message-ID} header: a copy of one message sent twice
 * carries the same one (receiving mail servers deliver such a copy once)
 */
public record CaughtMail(String id, String deliveredTo, List<String> to, String from, String subject,
		Instant receivedAt, String text, String html, List<String> attachments, String messageId) {

	public CaughtMail {
		to = List.copyOf(to);
		attachments = List.copyOf(attachments);
	}

}
