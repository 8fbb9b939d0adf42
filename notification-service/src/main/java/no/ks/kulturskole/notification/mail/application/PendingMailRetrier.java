package no.ks.kulturskole.notification.mail.application;

import no.ks.kulturskole.notification.mail.application.MailDelivery.RetryOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails that are still pending: those whose SMTP attempt failed, and those a
 * crash left behind between "stored" and "sent". Polls rather than reacts, so it needs no
 * memory of what went wrong.
 */
@Component
public class PendingMailRetrier {

	private static final Logger log = LoggerFactory.getLogger(PendingMailRetrier.class);

	private final MailDelivery delivery;

	private final int batchSize;

	public PendingMailRetrier(MailDelivery delivery, @Value("${platform.mail.retry-batch-size:50}") int batchSize) {
		this.delivery = delivery;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${platform.mail.retry-interval:5s}",
			initialDelayString = "${platform.mail.retry-interval:5s}")
	public void sendDueMails() {
		try {
			for (int i = 0; i < this.batchSize; i++) {
				// one failure most likely means the SMTP server is down: the rest waits
				// for
				// the next round instead of each running into the same timeout
				if (this.delivery.retryNextDue() != RetryOutcome.SENT) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Retrying pending e-mails paused: {}", ex.getClass().getSimpleName());
		}
	}

}
