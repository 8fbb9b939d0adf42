package no.ks.kulturskole.notification.privacy.infrastructure;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention by default for the mail log (issue 14): a mail's address, subject, text, HTML
 * and attachments are removed {@code platform.privacy.retention.mail-bodies} (30 days)
 * after it was created, as on erasure; kind, times, status and the hashed recipient stay
 * for the log. Idempotent (a mail done is not picked again), so several instances may run
 * it at once.
 */
@Component
public class MailBodyRetention {

	private static final Logger log = LoggerFactory.getLogger(MailBodyRetention.class);

	private final NotificationPersonalDataEraser eraser;

	private final Clock clock;

	private final Duration keepFor;

	MailBodyRetention(NotificationPersonalDataEraser eraser, Clock clock,
			@Value("${platform.privacy.retention.mail-bodies:P30D}") Duration keepFor) {
		this.eraser = eraser;
		this.clock = clock;
		this.keepFor = keepFor;
	}

	// the first run waits a while, so that a starting instance takes its traffic first
	@Scheduled(initialDelayString = "${platform.privacy.retention.initial-delay:PT5M}",
			fixedDelayString = "${platform.privacy.retention.interval:PT1H}")
	void onSchedule() {
		eraseDue();
	}

	/**
	 * @return how many mails lost their contents
	 */
	public int eraseDue() {
		int erased = this.eraser.eraseMailsCreatedBefore(this.clock.instant().minus(this.keepFor));
		if (erased > 0) {
			log.info("Retention: the contents of {} mails older than {} removed", erased, this.keepFor);
		}
		return erased;
	}

}
