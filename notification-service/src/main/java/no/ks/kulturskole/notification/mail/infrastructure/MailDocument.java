package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.notification.mail.model.CalendarInvite;
import no.ks.kulturskole.notification.mail.model.MailKind;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.support.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One e-mail in collection {@code mails}. The {@code _id} is the deduplication key, so
 * MongoDB's unique {@code _id} index is what refuses a second copy of the same e-mail.
 * Holds personal data (address, and the name in the body): erase with the delegation.
 *
 * @param nextAttemptAt while PENDING: when the e-mail may next be tried; also the end of
 * the current attempt's lease
 * @param outbox events waiting for {@code OutboxRelay}, written in the same update as the
 * status they report
 * @param calendars the iCalendar attachments, if the e-mail has any
 * @param sealedSecret the manage-link secret as it came, sealed: the text and HTML hold a
 * placeholder where it goes, so this collection never holds the secret in the clear
 * @param secretOwner the id the sealed secret is bound to
 */
@Document(MailDocument.COLLECTION)
record MailDocument(@Id String id, MailKind kind, MailStatus status, String recipient, String workshopId,
		String sessionId, String delegationId, String version, String subject, String text, String html,
		String templateName, String templateLanguage, String templateVersion, String correlationId, int attempts,
		Instant createdAt, Instant nextAttemptAt, Instant sentAt, Instant failedAt, String lastError,
		List<OutboxEntry> outbox, List<CalendarInvite> calendars, String sealedSecret, String secretOwner) {

	static final String COLLECTION = "mails";

	@Override
	public String toString() {
		return "MailDocument[" + this.id + ", " + this.status + "]";
	}

}
