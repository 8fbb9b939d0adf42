package no.ks.kulturskole.notification.mail.web;

import no.ks.kulturskole.api.notification.MailLogEntryResponse;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;

/** The model's log entry as notification-api's record, which the gateway shares. */
final class MailLogEntries {

	private MailLogEntries() {
	}

	static MailLogEntryResponse responseOf(MailLogEntry entry) {
		return new MailLogEntryResponse(entry.id(), entry.kind().name(), entry.status().name(), entry.recipient(),
				entry.workshopId(), entry.sessionId(), entry.delegationId(), entry.template(), entry.subject(),
				entry.attempts(), entry.createdAt(), entry.sentAt(), entry.nextAttemptAt(), entry.lastError());
	}

}
