package no.ks.kulturskole.registration.delegation.application;

import java.time.Duration;

/** Answered with 429 and a Retry-After; the message is for the user, in bokmål. */
public class TooManyAttempts extends RuntimeException {

	private final Duration retryAfter;

	private final String field;

	/** Too many wrong secrets for one delegation. */
	public TooManyAttempts(Duration retryAfter) {
		this("delegationId", "For mange forsøk med feil lenke. Prøv igjen om " + retryAfter.toMinutes() + " minutter.",
				retryAfter);
	}

	/**
	 * @param field the field the limit is counted on, named in the answer
	 */
	public TooManyAttempts(String field, String message, Duration retryAfter) {
		super(message);
		this.field = field;
		this.retryAfter = retryAfter;
	}

	public String field() {
		return this.field;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
