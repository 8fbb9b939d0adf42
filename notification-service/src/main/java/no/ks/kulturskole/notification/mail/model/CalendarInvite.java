package no.ks.kulturskole.notification.mail.model;

import java.util.Objects;

/**
 * An iCalendar (RFC 5545) attachment to an e-mail.
 *
 * @param method {@code REQUEST} (add or update the event) or {@code CANCEL}; repeated in
 * the attachment's content type, where calendar clients look for it
 * @param content the {@code text/calendar} file
 */
public record CalendarInvite(String method, String content) {

	public CalendarInvite {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(content, "content");
	}

	@Override
	public String toString() {
		// the content names the attendee
		return "CalendarInvite[" + this.method + "]";
	}

}
