package no.ks.kulturskole.registration.delegation.infrastructure;

import no.ks.kulturskole.support.secret.SecretSeal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that seals manage-link secrets for notification-service. Without it the service
 * could register delegations whose coordinators never get their link, so it refuses to
 * start instead, saying what is missing.
 */
@Configuration(proxyBeanMethods = false)
class SecretSealConfiguration {

	static final String PROPERTY = "platform.secret-seal.key";

	@Bean
	SecretSeal secretSeal(@Value("${" + PROPERTY + ":}") String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalStateException("registration-service needs " + PROPERTY
					+ " (environment variable SECRET_SEAL_KEY): 32 random bytes in base64, the same key as "
					+ "notification-service, e.g. from 'openssl rand -base64 32'. Without it the coordinators' "
					+ "manage links cannot be sent by e-mail.");
		}
		try {
			return SecretSeal.withKey(key);
		}
		catch (IllegalArgumentException ex) {
			// never echo the key itself
			throw new IllegalStateException(PROPERTY
					+ " is not a valid sealing key: it must be 32 random bytes in base64 (" + ex.getMessage() + ")",
					ex);
		}
	}

}
