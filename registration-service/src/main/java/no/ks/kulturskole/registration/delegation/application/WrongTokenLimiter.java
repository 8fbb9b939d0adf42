package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import no.ks.kulturskole.registration.problem.TooManyAttempts;

import org.springframework.stereotype.Component;

/**
 * Counts wrong secrets per delegation in a fixed window; above the limit even the right
 * secret is refused until the window ends, so that guessing is pointless. In memory, per
 * instance: with 256-bit secrets this is a second line of defence, not the first, and it
 * must not add writes to the workshop's document that would compete with registrations.
 */
@Component
public class WrongTokenLimiter {

	static final int MAX_WRONG = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	public WrongTokenLimiter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @throws TooManyAttempts while the delegation is locked
	 */
	public void checkAllowed(String delegationId) {
		Window window = this.windows.get(delegationId);
		if (window != null && window.isCurrent(this.clock.instant()) && window.wrong() >= MAX_WRONG) {
			throw new TooManyAttempts(WINDOW);
		}
	}

	public void recordWrong(String delegationId) {
		Instant now = this.clock.instant();
		this.windows.compute(delegationId, (id, window) -> (window == null || !window.isCurrent(now))
				? new Window(now, 1) : new Window(window.start(), window.wrong() + 1));
		if (this.windows.size() > 10_000) {
			// a flood of random ids must not grow the map without end
			this.windows.values().removeIf(window -> !window.isCurrent(now));
		}
	}

	private record Window(Instant start, int wrong) {

		boolean isCurrent(Instant now) {
			return now.isBefore(this.start.plus(WINDOW));
		}

	}

}
