package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import no.ks.kulturskole.web.ClientAddress;

import org.springframework.stereotype.Component;

/**
 * Limits what can be tried against the self-service links, in fixed windows.
 * <ul>
 * <li>Wrong secrets per client (its address; an IPv6 client by its /64, which one
 * household or office gets whole): above the limit that client's wrong guesses get 429
 * until the window ends. Counted per client, not per delegation, and checked only when a
 * guess is wrong: a wrong guess from someone else must never lock out the coordinator who
 * holds the right secret (it once did: ten wrong guesses locked a municipality out for 15
 * minutes, again and again).</li>
 * <li>Requests for a new link per organisation and workshop: every request counts,
 * whether it matched a delegation or not, so that the limit tells nothing about who
 * registered, and nobody can flood a coordinator's inbox with new links.</li>
 * </ul>
 * In memory, per instance: with 256-bit secrets this is a second line of defence, not the
 * first, and it must not add writes to the workshop's document that would compete with
 * registrations.
 */
@Component
public class ManageLinkLimiter {

	static final int MAX_WRONG = 10;

	static final int MAX_LINK_REQUESTS = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final FixedWindows windows;

	public ManageLinkLimiter(Clock clock) {
		this.windows = new FixedWindows(WINDOW, clock);
	}

	/**
	 * Counts a wrong secret from the client.
	 * @throws TooManyAttempts when the client has guessed wrong too often in the window
	 */
	public void wrongSecret(String client) {
		// a key no other kind of key can collide with
		String key = "wrong-secret/" + ClientAddress.key(client);
		check(key, MAX_WRONG, () -> new TooManyAttempts(WINDOW));
		count(key);
	}

	/**
	 * Counts a request for a new link.
	 * @throws TooManyAttempts when there were too many for the organisation and workshop
	 * in the window; this one is then not counted
	 */
	public void countLinkRequest(String workshopId, String organisationNumber) {
		// a key no delegation id can collide with
		String key = "link-request/" + workshopId + "/" + organisationNumber;
		check(key, MAX_LINK_REQUESTS, () -> new TooManyAttempts("organisationNumber",
				"For mange forespørsler om ny lenke. Prøv igjen om " + WINDOW.toMinutes() + " minutter.", WINDOW));
		count(key);
	}

	private void check(String key, int max, Supplier<TooManyAttempts> refusal) {
		if (!this.windows.allows(key, max, 1)) {
			throw refusal.get();
		}
	}

	private void count(String key) {
		this.windows.count(key, 1);
	}

}
