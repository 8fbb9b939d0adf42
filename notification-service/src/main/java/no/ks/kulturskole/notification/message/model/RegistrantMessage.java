package no.ks.kulturskole.notification.message.model;

import java.time.Instant;
import java.util.List;

/**
 * A message staff sent to a workshop's registrants, with its recipients as they were
 * then: mailing it again (after a crash, or the same request again) reaches the same
 * people under the same mail keys, so nobody gets it twice.
 *
 * @param mailedAt when every recipient's e-mail was stored in the e-mail log;
 * {@code null} until then
 */
public record RegistrantMessage(String messageId, String workshopId, Audience audience, LocalisedText subject,
		LocalisedText body, List<Recipient> recipients, Instant createdAt, Instant mailedAt) {

	/**
	 * Subject, text (multi-line) limits, generous for a notice, short of a newsletter.
	 */
	public static final int MAX_SUBJECT = 200;

	public static final int MAX_BODY = 10_000;

	public RegistrantMessage {
		recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
	}

	@Override
	public String toString() {
		return "RegistrantMessage[" + this.messageId + ", " + this.recipients.size() + " recipients]";
	}

}
