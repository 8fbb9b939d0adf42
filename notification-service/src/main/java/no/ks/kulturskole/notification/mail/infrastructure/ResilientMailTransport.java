package no.ks.kulturskole.notification.mail.infrastructure;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import no.ks.kulturskole.notification.mail.application.MailTransport;
import no.ks.kulturskole.notification.mail.application.MailTransportException;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;

/**
 * Guards the SMTP server with Resilience4j: a retry with exponential backoff for blips, a
 * circuit breaker that stops calling a server that is down (the e-mails stay pending in
 * the log and go out when it is back), and a bulkhead that bounds concurrent connections.
 * Permanent failures (a rejected address) are neither retried nor counted against the
 * server ({@link TransientMailFailure}).
 * <p>
 * The three come from Resilience4j's registries, configured under
 * {@code resilience4j.*.instances.smtp} (from {@code platform.mail.smtp-resilience.*}),
 * so that they report metrics ({@code resilience4j_circuitbreaker_state}, ...) and the
 * circuit's state in the health details.
 */
class ResilientMailTransport implements MailTransport {

	private final MailTransport smtp;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	private final Bulkhead bulkhead;

	/**
	 * The name of the guards in the registries and in {@code resilience4j.*.instances}.
	 */
	static final String SMTP = "smtp";

	ResilientMailTransport(MailTransport smtp, Retry retry, CircuitBreaker circuitBreaker, Bulkhead bulkhead) {
		this.smtp = smtp;
		this.retry = retry;
		this.circuitBreaker = circuitBreaker;
		this.bulkhead = bulkhead;
	}

	@Override
	public void send(OutgoingMail mail) {
		Runnable guarded = Retry.decorateRunnable(this.retry, CircuitBreaker.decorateRunnable(this.circuitBreaker,
				Bulkhead.decorateRunnable(this.bulkhead, () -> this.smtp.send(mail))));
		try {
			guarded.run();
		}
		catch (CallNotPermittedException ex) {
			throw new MailTransportException("SMTP circuit open: server recently failing", ex, false);
		}
		catch (BulkheadFullException ex) {
			throw new MailTransportException("SMTP busy: too many connections", ex, false);
		}
	}

}
