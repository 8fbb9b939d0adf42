package no.ks.kulturskole.notification.mail.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import no.ks.kulturskole.contracts.notification.NotificationFailed;
import no.ks.kulturskole.contracts.notification.NotificationSent;
import no.ks.kulturskole.notification.mail.application.MailLog.ClaimedMail;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RetryPolicy;
import no.ks.kulturskole.support.correlation.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Sends each e-mail once: first stored as pending under its deduplication key, then
 * handed to SMTP, then marked sent together with its {@code NotificationSent} outbox
 * entry in one document update.
 * <p>
 * Why "once" holds: a redelivered event finds its key taken and sends nothing; an e-mail
 * whose first attempt failed or was interrupted by a crash stays pending and is sent by
 * {@link PendingMailRetrier}; each attempt first claims the e-mail for a lease, so two
 * instances never send the same pending e-mail at the same time.
 * <p>
 * The window that remains: the SMTP server accepted the e-mail, and this process dies (or
 * MongoDB is unreachable) before the "sent" update is stored. The e-mail then still looks
 * pending, and once its lease runs out it is sent a second time. SMTP offers no way to
 * ask "did you get this already?", so this window cannot be closed, only kept short: it
 * spans one database round trip after the server's final reply. We prefer a rare
 * duplicate over a lost confirmation.
 */
@Service
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailLog mailLog;

	private final MailTransport transport;

	private final SecretOpener secrets;

	private final RetryPolicy retryPolicy;

	private final Clock clock;

	private final Counter sent;

	private final Counter failedAttempts;

	private final Counter givenUp;

	public MailDelivery(MailLog mailLog, MailTransport transport, SecretOpener secrets, RetryPolicy retryPolicy,
			Clock clock, MeterRegistry meters) {
		this.mailLog = mailLog;
		this.transport = transport;
		this.secrets = secrets;
		this.retryPolicy = retryPolicy;
		this.clock = clock;
		this.sent = meters.counter("notification.mails.sent");
		this.failedAttempts = meters.counter("notification.mails.failed.attempts");
		this.givenUp = meters.counter("notification.mails.given.up");
	}

	/**
	 * Sends a new e-mail now, unless one with the same key was handled before.
	 * @return {@code false} if it was a duplicate and nothing was done
	 */
	public boolean deliver(OutgoingMail mail) {
		Instant now = this.clock.instant();
		if (!this.mailLog.recordNew(mail, now, now.plus(this.retryPolicy.lease()))) {
			log.info("E-mail {} was handled before; nothing sent", mail.id());
			return false;
		}
		attempt(mail, 1);
		return true;
	}

	/**
	 * Sends the pending e-mail that has been due longest, if any.
	 * @return the outcome, so the caller can stop a round when SMTP looks down
	 */
	public RetryOutcome retryNextDue() {
		Instant now = this.clock.instant();
		Optional<ClaimedMail> claimed = this.mailLog.claimNextDue(now, now.plus(this.retryPolicy.lease()));
		if (claimed.isEmpty()) {
			return RetryOutcome.NONE_DUE;
		}
		OutgoingMail mail = claimed.get().mail();
		// the retrier runs outside any request: restore the one that caused the e-mail
		CorrelationId.set(mail.correlationId());
		try {
			return attempt(mail, claimed.get().attempts()) ? RetryOutcome.SENT : RetryOutcome.FAILED;
		}
		finally {
			CorrelationId.clear();
		}
	}

	/**
	 * Staff send an e-mail from the log once more, exactly as it was rendered (a manage
	 * link in it is opened again from its sealed form). It becomes a new e-mail of its
	 * own in the log, so the first one's history stays as it was.
	 * @return the new e-mail's id; empty if there is no e-mail with that id
	 */
	public Optional<String> resend(String id) {
		return this.mailLog.findMail(id).map((original) -> {
			MailKey key = original.key();
			MailKey again = new MailKey(key.kind(), key.recipient(), key.workshopId(), key.sessionId(),
					key.delegationId(), key.version() + "-resend-" + UUID.randomUUID().toString().substring(0, 8));
			OutgoingMail copy = new OutgoingMail(again, original.content(), CorrelationId.current().orElse(null),
					original.calendars(), original.secret());
			deliver(copy);
			return copy.id();
		});
	}

	private boolean attempt(OutgoingMail mail, int attempts) {
		try {
			// the secret exists in the clear only in this call's memory
			this.transport
				.send((mail.secret() != null) ? mail.withSecretRevealed(this.secrets.open(mail.secret())) : mail);
		}
		catch (RuntimeException ex) {
			recordFailure(mail, attempts, ex);
			return false;
		}
		Instant sentAt = this.clock.instant();
		NotificationSent event = new NotificationSent(UUID.randomUUID(), mail.id(), mail.key().workshopId(),
				mail.key().delegationId(), sentAt, NotificationSent.SCHEMA_VERSION, mail.key().kind().name(),
				mail.content().template().label());
		if (this.mailLog.markSent(mail.id(), sentAt, event)) {
			this.sent.increment();
			log.info("E-mail {} sent on attempt {}", mail.id(), attempts);
		}
		else {
			log.warn("E-mail {} was sent, but another attempt had already marked it", mail.id());
		}
		return true;
	}

	private void recordFailure(OutgoingMail mail, int attempts, RuntimeException failure) {
		this.failedAttempts.increment();
		String reason = reasonOf(failure);
		Instant failedAt = this.clock.instant();
		boolean permanent = failure instanceof MailTransportException transportFailure
				&& transportFailure.isPermanent();
		Optional<Instant> next = permanent ? Optional.empty() : this.retryPolicy.nextAttemptAfter(attempts, failedAt);
		if (next.isPresent()) {
			this.mailLog.scheduleRetry(mail.id(), next.get(), reason);
			log.warn("E-mail {} not sent on attempt {} ({}); next attempt at {}", mail.id(), attempts, reason,
					next.get());
		}
		else {
			NotificationFailed event = new NotificationFailed(UUID.randomUUID(), mail.id(), mail.key().workshopId(),
					mail.key().delegationId(), failedAt, NotificationFailed.SCHEMA_VERSION, mail.key().kind().name(),
					mail.content().template().label(), reason);
			this.mailLog.markFailed(mail.id(), failedAt, reason, event);
			this.givenUp.increment();
			log.error("E-mail {} not sent on attempt {} ({}); given up", mail.id(), attempts, reason);
		}
	}

	private static String reasonOf(RuntimeException ex) {
		// our transport words its message without addresses; anything else is named by
		// type only, since exception texts from mail libraries quote addresses
		return (ex instanceof MailTransportException) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	public enum RetryOutcome {

		NONE_DUE, SENT, FAILED

	}

}
