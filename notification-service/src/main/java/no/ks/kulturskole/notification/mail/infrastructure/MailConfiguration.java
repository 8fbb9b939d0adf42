package no.ks.kulturskole.notification.mail.infrastructure;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import no.ks.kulturskole.notification.mail.application.MailTransport;
import no.ks.kulturskole.notification.mail.model.RetryPolicy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	RetryPolicy mailRetryPolicy(MailSettings settings) {
		return new RetryPolicy(settings.lease(), settings.initialBackoff(), settings.maxBackoff(),
				settings.maxAttempts());
	}

	@Bean
	MailTransport mailTransport(JavaMailSender sender, MailSettings settings, RetryRegistry retries,
			CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads,
			ObjectProvider<ObservationRegistry> observations) {
		return new ResilientMailTransport(
				new SmtpMailTransport(sender, settings, observations.getIfAvailable(() -> ObservationRegistry.NOOP)),
				retries.retry(ResilientMailTransport.SMTP), circuitBreakers.circuitBreaker(ResilientMailTransport.SMTP),
				bulkheads.bulkhead(ResilientMailTransport.SMTP));
	}

}
