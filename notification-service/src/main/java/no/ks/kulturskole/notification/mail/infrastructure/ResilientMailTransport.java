package no.ks.kulturskole.notification.mail.infrastructure;

import java.util.function.Predicate;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import no.ks.kulturskole.notification.mail.application.MailTransport;
import no.ks.kulturskole.notification.mail.application.MailTransportException;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;

/**
 * Guards the SMTP server with Resilience4j: a retry with exponential backoff for blips, a
 * circuit breaker that stops calling a server that is down (the e-mails stay pending in
 * the log and go out when it is back), and a bulkhead that bounds concurrent connections.
 * Permanent failures (a rejected address) are neither retried nor counted against the
 * server.
 */
class ResilientMailTransport implements MailTransport {

	private final MailTransport smtp;

	private final Retry retry;

	private final CircuitBreaker circuitBreaker;

	private final Bulkhead bulkhead;

	ResilientMailTransport(MailTransport smtp, SmtpResilienceSettings settings) {
		this.smtp = smtp;
		Predicate<Throwable> transientFailure = (ex) -> ex instanceof MailTransportException failure
				&& !failure.isPermanent();
		this.retry = Retry.of("smtp",
				RetryConfig.custom()
					.maxAttempts(settings.retryAttempts())
					.intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryWait(), 2.0))
					.retryOnException(transientFailure)
					.build());
		this.circuitBreaker = CircuitBreaker.of("smtp",
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.failureRateThreshold())
					.minimumNumberOfCalls(settings.minimumCalls())
					.slidingWindowSize(settings.slidingWindow())
					.waitDurationInOpenState(settings.openWait())
					.permittedNumberOfCallsInHalfOpenState(1)
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.recordException(transientFailure)
					.build());
		this.bulkhead = Bulkhead.of("smtp",
				BulkheadConfig.custom()
					.maxConcurrentCalls(settings.maxConcurrentCalls())
					.maxWaitDuration(settings.maxWaitForConnection())
					.build());
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

	CircuitBreaker.State circuitState() {
		return this.circuitBreaker.getState();
	}

}
