package no.ks.kulturskole.notification.mail.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails that are still pending: those whose SMTP attempt failed, and those a
 * crash left behind between "stored" and "sent" (once their lease is over). Polls rather
 * than reacts, so it needs no memory of what went wrong. It sends through the same
 * senders as fresh e-mails, as many at once as there are senders.
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
			this.delivery.sendDue(this.batchSize);
		}
		catch (RuntimeException ex) {
			log.warn("Retrying pending e-mails paused: {}", ex.getClass().getSimpleName());
		}
	}

}
