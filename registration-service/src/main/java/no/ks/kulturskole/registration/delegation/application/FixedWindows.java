package no.ks.kulturskole.registration.delegation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts per key in fixed windows of time, in memory: the limits of the public,
 * self-service paths ({@link ManageLinkLimiter}, {@link MailBudget}). Per instance, so a
 * second line of defence beside the gateway's rate limit, and no writes that would
 * compete with registrations. A flood of keys cannot grow it without end.
 */
final class FixedWindows {

	private static final int MOST_KEYS = 10_000;

	private final Duration window;

	private final Clock clock;

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	FixedWindows(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	/** Whether {@code amount} more would keep the key's count within {@code max}. */
	boolean allows(String key, int max, int amount) {
		Window current = this.windows.get(key);
		int counted = (current != null && current.isCurrent(this.clock.instant(), this.window)) ? current.count() : 0;
		return counted + amount <= max;
	}

	void count(String key, int amount) {
		Instant now = this.clock.instant();
		this.windows.compute(key, (id, current) -> (current == null || !current.isCurrent(now, this.window))
				? new Window(now, amount) : new Window(current.start(), current.count() + amount));
		if (this.windows.size() > MOST_KEYS) {
			this.windows.values().removeIf((stale) -> !stale.isCurrent(now, this.window));
		}
	}

	Duration window() {
		return this.window;
	}

	private record Window(Instant start, int count) {

		boolean isCurrent(Instant now, Duration length) {
			return now.isBefore(this.start.plus(length));
		}

	}

}
