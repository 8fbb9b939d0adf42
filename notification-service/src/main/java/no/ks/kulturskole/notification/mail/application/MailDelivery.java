package no.ks.kulturskole.notification.mail.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Sends each e-mail once: first stored as pending under its deduplication key and a
 * lease, then handed to one of a few sender threads ({@link MailSenders}) that talk to
 * SMTP in parallel, then marked sent together with its {@code NotificationSent} outbox
 * entry in one document update.
 * <p>
 * The caller (a Kafka listener) returns as soon as the e-mail is stored: during a
 * registration rush the listener records e-mails at MongoDB speed while up to
 * {@code platform.mail.senders} SMTP conversations run at once (as many as the SMTP
 * bulkhead lets through). Only the stored record counts; the hand-over is a copy in
 * memory.
 * <p>
 * Why "once" holds: a redelivered event finds its key taken and sends nothing; an e-mail
 * whose first attempt failed, or that was still waiting for a sender when the process
 * died, stays pending and is sent by {@link PendingMailRetrier}; each attempt owns the
 * e-mail by its lease (stored as {@code nextAttemptAt}, which the retrier only takes once
 * it has passed), and a sender that finds more than a quarter of its lease gone before it
 * starts first renews it with a write that succeeds only if the lease is still the one it
 * was given, so two senders never send the same pending e-mail at the same time. The
 * remaining three quarters (90 s by default) outlast one attempt with its SMTP timeouts
 * and resilience retries.
 * <p>
 * The window that remains: the SMTP server accepted the e-mail, and this process dies (or
 * MongoDB is unreachable) before the "sent" update is stored. The e-mail then still looks
 * pending, and once its lease runs out it is sent a second time. SMTP offers no way to
 * ask "did you get this already?", so this window cannot be closed, only kept short: it
 * spans one database round trip after the server's final reply. We prefer a rare
 * duplicate over a lost confirmation.
 * <p>
 * Why one class of some 320 lines: a third of it is the guarantee above, and the rest is
 * the one lease protocol that keeps it (store, hand over, renew, send, mark sent or
 * failed); split, the steps that must change together would sit in different classes.
 */
@Service
public class MailDelivery implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final MailLog mailLog;

	private final MailTransport transport;

	private final SecretOpener secrets;

	private final RetryPolicy retryPolicy;

	private final Clock clock;

	private final MailSenders senders;

	private final Counter sent;

	private final Counter failedAttempts;

	private final Counter givenUp;

	private final Counter notHandedOver;

	/**
	 * @param senders SMTP conversations at once; by default the SMTP bulkhead's
	 * {@code max-concurrent-calls}
	 * @param sendQueue e-mails waiting for a sender before the listener is made to wait
	 * @param handOffWait how long the listener waits for room in the queue before it
	 * leaves the e-mail to the retrier
	 */
	public MailDelivery(MailLog mailLog, MailTransport transport, SecretOpener secrets, RetryPolicy retryPolicy,
			Clock clock, MeterRegistry meters,
			@Value("${platform.mail.senders:${platform.mail.smtp-resilience.max-concurrent-calls:4}}") int senders,
			@Value("${platform.mail.send-queue:500}") int sendQueue,
			@Value("${platform.mail.hand-off-wait:30s}") Duration handOffWait) {
		this.mailLog = mailLog;
		this.transport = transport;
		this.secrets = secrets;
		this.retryPolicy = retryPolicy;
		this.clock = clock;
		this.senders = new MailSenders(senders, sendQueue, handOffWait);
		this.sent = meters.counter("notification.mails.sent");
		this.failedAttempts = meters.counter("notification.mails.failed.attempts");
		this.givenUp = meters.counter("notification.mails.given.up");
		this.notHandedOver = meters.counter("notification.mails.left.to.retrier");
		Gauge.builder("notification.mails.sending", this.senders, MailSenders::sending)
			.description("E-mails in an SMTP conversation right now")
			.register(meters);
		Gauge.builder("notification.mails.queued", this.senders, MailSenders::queued)
			.description("E-mails stored and waiting for a free sender")
			.register(meters);
	}

	/**
	 * Stores a new e-mail as pending and hands it to a sender, unless one with the same
	 * key was handled before. Returns once it is stored, not once it is sent.
	 * @return {@code false} if it was a duplicate and nothing was done
	 */
	public boolean deliver(OutgoingMail mail) {
		Instant now = this.clock.instant();
		Instant leaseUntil = leaseFrom(now);
		if (!this.mailLog.recordNew(mail, now, leaseUntil)) {
			log.info("E-mail {} was handled before; nothing sent", mail.id());
			return false;
		}
		handOver(mail.composedAt(now), 1, leaseUntil);
		return true;
	}

	/**
	 * Records the e-mail as skipped, with why, instead of sending it; a key handled
	 * before stays as it was.
	 * @return {@code false} if it was a duplicate and nothing was done
	 */
	public boolean skip(OutgoingMail mail, String reason) {
		boolean recorded = this.mailLog.recordSkipped(mail, this.clock.instant(), reason);
		if (recorded) {
			log.info("E-mail {} skipped: {}", mail.id(), reason);
		}
		return recorded;
	}

	/**
	 * Claims up to as many due pending e-mails as there are senders, oldest first, sends
	 * them in parallel and waits for them; again, until {@code max} were tried or none is
	 * due. Stops after a round with a failure: the SMTP server is most likely down, and
	 * the rest waits for the next call instead of each running into the same timeout.
	 * @return e-mails tried
	 */
	public int sendDue(int max) {
		int tried = 0;
		while (tried < max) {
			List<CompletableFuture<Boolean>> round = new ArrayList<>();
			while (round.size() < this.senders.threads() && tried + round.size() < max) {
				Instant now = this.clock.instant();
				Instant leaseUntil = leaseFrom(now);
				Optional<ClaimedMail> claimed = this.mailLog.claimNextDue(now, leaseUntil);
				if (claimed.isEmpty()) {
					break;
				}
				round.add(handOver(claimed.get().mail(), claimed.get().attempts(), leaseUntil));
			}
			if (round.isEmpty()) {
				return tried;
			}
			tried += round.size();
			boolean allSent = true;
			for (CompletableFuture<Boolean> outcome : round) {
				allSent &= sentWithinLease(outcome);
			}
			if (!allSent) {
				return tried;
			}
		}
		return tried;
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

	/**
	 * Stops the senders: sends under way finish; e-mails still waiting for a sender stay
	 * pending in the log and are sent by the retrier of whichever instance runs once
	 * their lease is over.
	 */
	@Override
	public void close() {
		this.senders.close();
	}

	private CompletableFuture<Boolean> handOver(OutgoingMail mail, int attempts, Instant leaseUntil) {
		Optional<CompletableFuture<Boolean>> outcome = this.senders.offer(() -> sendOwned(mail, attempts, leaseUntil));
		if (outcome.isEmpty()) {
			leftToRetrier(mail, leaseUntil);
			return CompletableFuture.completedFuture(false);
		}
		return outcome.get();
	}

	/**
	 * No sender took it in time (or they are stopping): give up the lease, so that the
	 * retrier may take it at once rather than when the lease ends.
	 */
	private void leftToRetrier(OutgoingMail mail, Instant leaseUntil) {
		this.notHandedOver.increment();
		try {
			this.mailLog.reclaim(mail.id(), leaseUntil, this.clock.instant());
			log.warn("E-mail {} waits for the retrier: no sender free", mail.id());
		}
		catch (RuntimeException ex) {
			log.warn("E-mail {} waits for the retrier after its lease: {}", mail.id(), ex.getClass().getSimpleName());
		}
	}

	/** On a sender thread: one attempt, if the e-mail is still this attempt's. */
	private boolean sendOwned(OutgoingMail mail, int attempts, Instant leaseUntil) {
		Instant now = this.clock.instant();
		if (now.isAfter(leaseUntil.minus(this.retryPolicy.lease().multipliedBy(3).dividedBy(4)))) {
			// waited for a sender: make sure the lease is still ours, and long enough for
			// a whole attempt (the resilience retries included) before it starts
			if (!this.mailLog.reclaim(mail.id(), leaseUntil, leaseFrom(now))) {
				log.info("E-mail {} is no longer this attempt's; not sent here", mail.id());
				return false;
			}
		}
		// the sender runs outside any request: restore the one that caused the e-mail
		CorrelationId.set(mail.correlationId());
		try {
			return attempt(mail, attempts);
		}
		finally {
			CorrelationId.clear();
		}
	}

	private boolean sentWithinLease(CompletableFuture<Boolean> outcome) {
		try {
			return outcome.get(this.retryPolicy.lease().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
	}

	/** Stored as MongoDB stores instants, so that it can be compared on its way back. */
	private Instant leaseFrom(Instant now) {
		return now.plus(this.retryPolicy.lease()).truncatedTo(ChronoUnit.MILLIS);
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
			log.warn("E-mail {} was sent on attempt {}, but another attempt had already marked it", mail.id(),
					attempts);
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

}
