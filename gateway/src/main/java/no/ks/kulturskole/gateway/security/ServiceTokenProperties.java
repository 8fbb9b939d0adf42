package no.ks.kulturskole.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway signs the tokens it sends the services
 * ({@code platform.gateway.tokens.*}).
 *
 * @param privateKey the RSA private key (PEM, PKCS#8 {@code BEGIN PRIVATE KEY}); best a
 * mounted file through configtree ({@code platform.gateway.tokens.private-key}), never a
 * command-line argument. The services get its public half. Only the {@code local} profile
 * may leave it out: the gateway then makes a key for its own lifetime
 * @param issuer the {@code iss} of the tokens; the services check it
 * @param timeToLive how long a token is valid: long enough for one call to a service,
 * short enough that a token caught in a log or a proxy is soon worthless
 */
@ConfigurationProperties("platform.gateway.tokens")
public record ServiceTokenProperties(String privateKey, String issuer, Duration timeToLive) {

	public ServiceTokenProperties {
		privateKey = (privateKey == null || privateKey.isBlank()) ? null : privateKey;
		issuer = (issuer == null || issuer.isBlank()) ? "kulturskole-gateway" : issuer.strip();
		timeToLive = (timeToLive != null) ? timeToLive : Duration.ofMinutes(2);
	}

}
