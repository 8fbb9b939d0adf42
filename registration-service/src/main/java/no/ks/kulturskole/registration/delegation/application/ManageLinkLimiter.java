package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import no.ks.kulturskole.registration.problem.TooManyAttempts;

import org.springframework.stereotype.Component;

/**
 * Limits what can be tried against the self-service links, in fixed windows.
 * <ul>
 * <li>Wrong secrets per delegation: above the limit even the right secret is refused
 * until the window ends, so that guessing is pointless.</li>
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

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	public ManageLinkLimiter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @throws TooManyAttempts while the delegation is locked
	 */
	public void checkAllowed(String delegationId) {
		check(delegationId, MAX_WRONG, () -> new TooManyAttempts(WINDOW));
	}

	public void recordWrong(String delegationId) {
		count(delegationId);
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
		Window window = this.windows.get(key);
		if (window != null && window.isCurrent(this.clock.instant()) && window.count() >= max) {
			throw refusal.get();
		}
	}

	private void count(String key) {
		Instant now = this.clock.instant();
		this.windows.compute(key, (id, window) -> (window == null || !window.isCurrent(now)) ? new Window(now, 1)
				: new Window(window.start(), window.count() + 1));
		if (this.windows.size() > 10_000) {
			// a flood of random ids must not grow the map without end
			this.windows.values().removeIf(window -> !window.isCurrent(now));
		}
	}

	private record Window(Instant start, int count) {

		boolean isCurrent(Instant now) {
			return now.isBefore(this.start.plus(WINDOW));
		}

	}

}
