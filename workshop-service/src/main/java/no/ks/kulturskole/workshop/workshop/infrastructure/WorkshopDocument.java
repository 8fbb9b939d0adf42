package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.support.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One workshop and the events about it not yet relayed to Kafka. The outbox lives in the
 * same document because the document is the unit MongoDB writes atomically.
 *
 * @param firstSessionStartsAt kept beside the sessions so lists can sort by it
 * @param outbox see {@link no.ks.kulturskole.support.outbox.OutboxRelay}
 */
@Document(collection = WorkshopDocument.COLLECTION)
record WorkshopDocument(@Id String id, @Version Long version, String status, String title, String description,
		String programme, String format, String venue, String meetingUrl, String language, Instant registrationDeadline,
		Instant firstSessionStartsAt, int minDelegationSize, Integer maxDelegationSize, boolean outsideRoleRequired,
		List<SessionDocument> sessions, Instant scheduledAt, List<OutboxEntry> outbox) {

	static final String COLLECTION = "workshops";

}
