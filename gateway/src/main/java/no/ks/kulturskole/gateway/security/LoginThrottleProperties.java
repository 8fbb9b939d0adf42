package no.ks.kulturskole.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed sign-ins (form or HTTP Basic) are allowed
 * ({@code platform.gateway.login-throttle.*}).
 *
 * @param perAccount failures per account in the window before that account is paused
 * @param perClient failures per client (address) in the window before that client is
 * paused, whichever accounts it tried
 * @param window how long failures count and a pause lasts, at most: a pause always ends
 * @param maxTracked accounts and clients remembered at once; a bound on memory
 */
@ConfigurationProperties("platform.gateway.login-throttle")
public record LoginThrottleProperties(Integer perAccount, Integer perClient, Duration window, Integer maxTracked) {

	public LoginThrottleProperties {
		perAccount = (perAccount != null) ? perAccount : 10;
		perClient = (perClient != null) ? perClient : 30;
		window = (window != null) ? window : Duration.ofMinutes(15);
		maxTracked = (maxTracked != null) ? maxTracked : 10_000;
		if (perAccount < 1 || perClient < 1 || window.isNegative() || window.isZero() || maxTracked < 1) {
			throw new IllegalArgumentException("platform.gateway.login-throttle needs positive values");
		}
	}

}
