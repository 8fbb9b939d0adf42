package no.ks.kulturskole.support.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which tokens a service accepts from its callers ({@code platform.security.tokens.*}).
 * Exactly one source of signing keys is needed: the gateway's public key (the local
 * platform, tests, or a production that lets the gateway sign) or the organisation's
 * identity provider.
 *
 * @param publicKey the gateway's RSA public key, PEM text ({@code -----BEGIN PUBLIC
 * KEY-----}); best given as a mounted file through {@code configtree}, see
 * platform-defaults.yml
 * @param issuerUri the identity provider's issuer, whose discovery document names its
 * keys; used instead of {@code publicKey}
 * @param issuer the {@code iss} a token must carry when checked with {@code publicKey}
 * @param audience the {@code aud} a token must name: this service; by default its
 * application name, so a token for one service opens no other
 * @param rolesClaim the claim holding the caller's roles ({@code STAFF}, {@code ADMIN})
 */
@ConfigurationProperties("platform.security.tokens")
public record CallerTokenProperties(String publicKey, String issuerUri, String issuer, String audience,
		String rolesClaim) {

	/** What the gateway writes into {@code iss} unless told otherwise. */
	public static final String GATEWAY_ISSUER = "kulturskole-gateway";

	public CallerTokenProperties {
		publicKey = blankToNull(publicKey);
		issuerUri = blankToNull(issuerUri);
		issuer = (blankToNull(issuer) != null) ? issuer.strip() : GATEWAY_ISSUER;
		audience = blankToNull(audience);
		rolesClaim = (blankToNull(rolesClaim) != null) ? rolesClaim.strip() : "roles";
	}

	/** The audiences accepted: the configured one, else the application's name. */
	List<String> audiences(String applicationName) {
		return List.of((this.audience != null) ? this.audience.strip() : applicationName);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
