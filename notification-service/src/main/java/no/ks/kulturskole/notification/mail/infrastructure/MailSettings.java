package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.mail.*}: sender and retry behaviour. The SMTP server itself is
 * configured with Boot's {@code spring.mail.*}.
 *
 * @param from the sender address
 * @param fromName the sender name recipients see
 * @param retryInterval how often pending e-mails are looked for
 * @param lease how long one attempt owns an e-mail; keep it above the sum of the
 * {@code mail.smtp.*timeout} settings
 * @param initialBackoff wait after a first failed attempt, doubled after each further one
 * @param maxBackoff the longest wait between attempts
 * @param maxAttempts attempts before an e-mail is marked FAILED for staff to look at
 * (with the defaults, about eight hours of trying)
 */
@ConfigurationProperties("platform.mail")
public record MailSettings(@DefaultValue("verksted@kulturskole.example") String from,
		@DefaultValue("KS og Norsk kulturskoleråd") String fromName, @DefaultValue("5s") Duration retryInterval,
		@DefaultValue("2m") Duration lease, @DefaultValue("5s") Duration initialBackoff,
		@DefaultValue("10m") Duration maxBackoff, @DefaultValue("50") int maxAttempts) {

}
