package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.mail.smtp-resilience.*}: how one attempt at the SMTP server is guarded
 * (Resilience4j). This is the short, in-process layer; the durable layer (pending e-mails
 * tried again for hours, see {@link MailSettings}) is behind it.
 *
 * @param retryAttempts calls per attempt, the first included, for transient failures
 * @param retryWait wait before the second call, doubled before each further one
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param minimumCalls calls to see before the failure rate counts
 * @param slidingWindow calls the failure rate is computed over
 * @param openWait how long an open circuit refuses calls (e-mails stay pending) before
 * letting one through to test the server
 * @param maxConcurrentCalls SMTP connections at once (bulkhead), so that a slow server
 * cannot tie up every thread of the service
 * @param maxWaitForConnection how long a call waits for a free slot in the bulkhead
 */
@ConfigurationProperties("platform.mail.smtp-resilience")
public record SmtpResilienceSettings(@DefaultValue("3") int retryAttempts, @DefaultValue("500ms") Duration retryWait,
		@DefaultValue("50") float failureRateThreshold, @DefaultValue("4") int minimumCalls,
		@DefaultValue("10") int slidingWindow, @DefaultValue("30s") Duration openWait,
		@DefaultValue("4") int maxConcurrentCalls, @DefaultValue("2s") Duration maxWaitForConnection) {

}
