package no.ks.kulturskole.support.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the check of a caller's token: signature (RS256 with the gateway's key, or the
 * identity provider's published keys), issuer, expiry and audience. A service started
 * with neither key source refuses to start: without one it could only let everybody in or
 * nobody.
 */
final class CallerTokenDecoder {

	static final String MISSING = "No way to check callers' tokens: set platform.security.tokens.public-key "
			+ "(the gateway's public key, e.g. as a mounted file through configtree) or "
			+ "platform.security.tokens.issuer-uri (the organisation's identity provider)";

	private CallerTokenDecoder() {
	}

	static JwtDecoder of(CallerTokenProperties properties, String applicationName) {
		List<String> audiences = properties.audiences(applicationName);
		if (properties.publicKey() != null) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(properties.publicKey()))
				.signatureAlgorithm(SignatureAlgorithm.RS256)
				.build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
					new JwtIssuerValidator(properties.issuer()), audience(audiences)));
			return decoder;
		}
		if (properties.issuerUri() != null) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
					JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audience(audiences)));
			return decoder;
		}
		throw new IllegalStateException(MISSING);
	}

	/** A token the gateway made for another service must not open this one. */
	private static OAuth2TokenValidator<Jwt> audience(List<String> accepted) {
		return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.stream().anyMatch(accepted::contains));
	}

	static RSAPublicKey publicKey(String pem) {
		try {
			return RsaKeyConverters.x509()
				.convert(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (RuntimeException ex) {
			// the message names the property, never the key
			throw new IllegalStateException(
					"platform.security.tokens.public-key is not an RSA public key in PEM (BEGIN PUBLIC KEY)", ex);
		}
	}

}
