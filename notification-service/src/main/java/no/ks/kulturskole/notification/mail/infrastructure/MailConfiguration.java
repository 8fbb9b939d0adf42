package no.ks.kulturskole.notification.mail.infrastructure;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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

	/**
	 * Gauge {@code notification.smtp.circuit.open}: 1 while the circuit breaker keeps
	 * e-mails away from an SMTP server that keeps failing.
	 */
	@Bean
	MailTransport mailTransport(JavaMailSender sender, MailSettings settings, SmtpResilienceSettings resilience,
			MeterRegistry meters, ObjectProvider<ObservationRegistry> observations) {
		ResilientMailTransport transport = new ResilientMailTransport(
				new SmtpMailTransport(sender, settings, observations.getIfAvailable(() -> ObservationRegistry.NOOP)),
				resilience);
		Gauge
			.builder("notification.smtp.circuit.open", transport,
					(guarded) -> (guarded.circuitState() == CircuitBreaker.State.OPEN) ? 1 : 0)
			.description("1 while SMTP calls are held back by the circuit breaker")
			.register(meters);
		return transport;
	}

}
