package no.ks.kulturskole.notification.message.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.ks.kulturskole.notification.message.model.Audience;
import no.ks.kulturskole.notification.message.model.Recipient;
import no.ks.kulturskole.support.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message in collection {@code messages}, with its recipients' addresses (personal
 * data, like the e-mail log: erase with the delegation) and its
 * {@code MessageSentToRegistrants} waiting for the outbox relay.
 */
@Document(MessageDocument.COLLECTION)
record MessageDocument(@Id String id, String workshopId, String sessionId, Set<Audience.SeatStatus> statuses,
		Set<Audience.Role> roles, Map<String, String> subject, Map<String, String> body, List<Recipient> recipients,
		Instant createdAt, Instant mailedAt, List<OutboxEntry> outbox) {

	static final String COLLECTION = "messages";

	@Override
	public String toString() {
		return "MessageDocument[" + this.id + "]";
	}

}
