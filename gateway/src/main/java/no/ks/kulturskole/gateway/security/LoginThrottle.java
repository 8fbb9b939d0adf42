package no.ks.kulturskole.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import no.ks.kulturskole.web.ClientAddress;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows down password guessing at the gateway's own accounts, in fixed windows: an
 * account with too many failed sign-ins is paused, and so is a client (address) that
 * failed too often, whichever accounts it tried. A pause lasts until its window ends,
 * never longer, so the right password is never blocked for good; a successful sign-in
 * clears the account's count. In memory, per instance, bounded.
 */
final class LoginThrottle {

	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** How long the attempt must wait, if the account or the client is paused. */
	Optional<Duration> pause(String username, String client) {
		Instant now = this.clock.instant();
		return longest(paused(accountKey(username), this.properties.perAccount(), now),
				paused(clientKey(client), this.properties.perClient(), now));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = this.clock.instant();
		count(accountKey(event.getAuthentication().getName()), now);
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			count(clientKey(details.getRemoteAddress()), now);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.windows.remove(accountKey(event.getAuthentication().getName()));
	}

	private Optional<Duration> paused(String key, int max, Instant now) {
		Window window = this.windows.get(key);
		if (window == null || !window.isCurrent(now, this.properties.window()) || window.count() < max) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, window.start().plus(this.properties.window())));
	}

	private void count(String key, Instant now) {
		Duration length = this.properties.window();
		this.windows.compute(key, (id, window) -> (window == null || !window.isCurrent(now, length))
				? new Window(now, 1) : new Window(window.start(), window.count() + 1));
		if (this.windows.size() > this.properties.maxTracked()) {
			// only windows that are over are forgotten, never someone's current count
			this.windows.values().removeIf((window) -> !window.isCurrent(now, length));
		}
	}

	private static Optional<Duration> longest(Optional<Duration> one, Optional<Duration> other) {
		if (one.isEmpty()) {
			return other;
		}
		return (other.isPresent() && other.get().compareTo(one.get()) > 0) ? other : one;
	}

	private static String accountKey(String username) {
		return "account/" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String clientKey(String address) {
		return "client/" + ClientAddress.key(address);
	}

	private record Window(Instant start, int count) {

		boolean isCurrent(Instant now, Duration length) {
			return now.isBefore(this.start.plus(length));
		}

	}

}
