package no.ks.kulturskole.notification.mail.model;

import java.util.Objects;

/**
 * A secret an e-mail must carry (the manage link's key) in the sealed form it came in.
 * The rendered e-mail holds {@link #PLACEHOLDER} where the secret goes; the secret is
 * opened and put in only for the moment the e-mail is handed to the SMTP server. So the
 * e-mail log stores ciphertext and a placeholder, never the secret itself, and a retry or
 * a resend opens it again.
 *
 * @param sealed as {@code SecretSeal} wrote it
 * @param ownerId the id the seal is bound to (the delegation)
 */
public record SealedSecret(String sealed, String ownerId) {

	/**
	 * Stands for the secret in the rendered text; URL-safe, so it survives HTML escaping
	 * unchanged.
	 */
	public static final String PLACEHOLDER = "NOKKEL-SETTES-INN-VED-SENDING";

	public SealedSecret {
		Objects.requireNonNull(sealed, "sealed");
		Objects.requireNonNull(ownerId, "ownerId");
	}

	@Override
	public String toString() {
		return "SealedSecret[" + this.ownerId + "]";
	}

}
