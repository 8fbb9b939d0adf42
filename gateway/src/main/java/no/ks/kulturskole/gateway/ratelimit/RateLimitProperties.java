package no.ks.kulturskole.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many public writes (registrations through the API or the form) one client may make
 * ({@code platform.gateway.rate-limit.*}).
 *
 * @param limitForPeriod writes allowed per period and client
 * @param period how long before the allowance is refilled
 * @param maxClients how many clients are tracked at once; a bound on memory
 */
@ConfigurationProperties("platform.gateway.rate-limit")
public record RateLimitProperties(Integer limitForPeriod, Duration period, Integer maxClients) {

	public RateLimitProperties {
		limitForPeriod = (limitForPeriod != null) ? limitForPeriod : 20;
		period = (period != null) ? period : Duration.ofMinutes(1);
		maxClients = (maxClients != null) ? maxClients : 10_000;
		if (limitForPeriod < 1 || period.isNegative() || period.isZero() || maxClients < 1) {
			throw new IllegalArgumentException("platform.gateway.rate-limit needs positive values");
		}
	}

}
