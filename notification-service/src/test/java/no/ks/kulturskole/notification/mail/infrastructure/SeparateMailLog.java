package no.ks.kulturskole.notification.mail.infrastructure;

import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.support.outbox.OutboxEntries;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The service's own e-mail log over another database, for a test's second instance whose
 * mails the first instance's log must not deduplicate: what the instances share is then
 * only what the test is about.
 */
public final class SeparateMailLog {

	public static MailLog over(MongoTemplate mongo, OutboxEntries outboxEntries) {
		return new MongoMailLog(mongo, outboxEntries);
	}

	private SeparateMailLog() {
	}

}
