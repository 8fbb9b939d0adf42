package no.ks.kulturskole.notification.mail.infrastructure;

import no.ks.kulturskole.notification.mail.application.MailTransportException;
import no.ks.kulturskole.notification.mail.application.SecretOpener;
import no.ks.kulturskole.notification.mail.model.SealedSecret;
import no.ks.kulturskole.support.secret.SecretSeal;
import no.ks.kulturskole.support.secret.SecretSeal.SealBroken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens manage-link secrets with the key registration-service seals them with
 * ({@code platform.secret-seal.key}, env {@code SECRET_SEAL_KEY}). Without a key the
 * service does not start: it could not send a single coordinator confirmation.
 */
@Component
class SealedSecretOpener implements SecretOpener {

	private final SecretSeal seal;

	SealedSecretOpener(@Value("${platform.secret-seal.key:}") String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalStateException("No sealing key configured: set platform.secret-seal.key (env "
					+ "SECRET_SEAL_KEY) to the key registration-service uses; without it no manage link can be "
					+ "mailed");
		}
		this.seal = SecretSeal.withKey(key);
	}

	@Override
	public String open(SealedSecret secret) {
		try {
			return this.seal.open(secret.sealed(), secret.ownerId());
		}
		catch (SealBroken ex) {
			// the message says nothing about the secret; the cause is the key
			throw new MailTransportException("Manage-link secret does not open with this key", null, true);
		}
	}

}
