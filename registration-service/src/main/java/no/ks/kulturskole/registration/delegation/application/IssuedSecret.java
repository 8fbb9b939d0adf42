package no.ks.kulturskole.registration.delegation.application;

import no.ks.kulturskole.registration.delegation.model.ManageSecret;
import no.ks.kulturskole.support.secret.SecretSeal;

/**
 * A new self-service secret: the model gets its hash and its sealed form, the caller the
 * secret itself for the one answer that may show it. Deliberately not a record, so that
 * no {@code toString} ever prints the secret into a log.
 */
public final class IssuedSecret implements ManageSecret {

	private final String secret;

	private final SecretSeal seal;

	IssuedSecret(String secret, SecretSeal seal) {
		this.secret = secret;
		this.seal = seal;
	}

	/** The secret in the clear: only for the answer to the registration itself. */
	public String secret() {
		return this.secret;
	}

	@Override
	public String hash() {
		return ManageTokens.hash(this.secret);
	}

	@Override
	public String sealedFor(String delegationId) {
		return this.seal.seal(this.secret, delegationId);
	}

	@Override
	public String toString() {
		return "IssuedSecret[****]";
	}

}
