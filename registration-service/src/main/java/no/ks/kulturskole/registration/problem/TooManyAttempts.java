package no.ks.kulturskole.registration.problem;

import java.time.Duration;

/** Answered with 429 and a Retry-After; the message is for the user, in bokmål. */
public class TooManyAttempts extends RuntimeException {

	private final Duration retryAfter;

	public TooManyAttempts(Duration retryAfter) {
		super("For mange forsøk med feil lenke. Prøv igjen om " + retryAfter.toMinutes() + " minutter.");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
