package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;
import java.util.List;

/**
 * A message staff sent to the workshop's registrants (from
 * {@code MessageSentToRegistrants}): what it said (the bokmål subject), when, to whom and
 * how many.
 *
 * @param sessionId {@code null} when it went to every session
 * @param statuses e.g. {@code CONFIRMED}
 * @param roles {@code DELEGATES} and/or {@code COORDINATORS}
 * @param recipients people mailed, each once
 */
public record SentMessage(String messageId, String subject, Instant sentAt, String sessionId, List<String> statuses,
		List<String> roles, int recipients) {

	public SentMessage {
		statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

}
