package no.ks.kulturskole.notification.mail.infrastructure;

import no.ks.kulturskole.notification.mail.application.MailTransport;
import no.ks.kulturskole.notification.mail.model.RetryPolicy;

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
	MailTransport mailTransport(JavaMailSender sender, MailSettings settings, SmtpResilienceSettings resilience) {
		return new ResilientMailTransport(new SmtpMailTransport(sender, settings), resilience);
	}

}
