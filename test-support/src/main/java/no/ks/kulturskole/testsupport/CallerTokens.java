package no.ks.kulturskole.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Plays the gateway's part for a service under test: one RSA key pair per test JVM, whose
 * public half the service is told to trust ({@link #trustedBy}), and tokens signed with
 * its private half, as the gateway signs them (issuer {@code kulturskole-gateway},
 * audience the service, roles as a claim, a minute to live). Also the tokens a service
 * must refuse: expired, for another service, from another key.
 */
public final class CallerTokens {

	public static final String ISSUER = "kulturskole-gateway";

	private static final KeyPair GATEWAY_KEY = generate();

	/** Someone else's key: a token it signs must open nothing. */
	private static final KeyPair FOREIGN_KEY = generate();

	private CallerTokens() {
	}

	/** The service under test trusts the test gateway's key. */
	public static void trustedBy(DynamicPropertyRegistry registry) {
		registry.add("platform.security.tokens.public-key", CallerTokens::publicKeyPem);
	}

	/** The test gateway's public key, as PEM. */
	public static String publicKeyPem() {
		return pem("PUBLIC KEY", GATEWAY_KEY.getPublic().getEncoded());
	}

	/** The test gateway's private key, as PEM (PKCS#8), for a gateway under test. */
	public static String privateKeyPem() {
		return pem("PRIVATE KEY", GATEWAY_KEY.getPrivate().getEncoded());
	}

	/** {@code Bearer ...} for a staff member calling the service. */
	public static String staff(String service) {
		return bearer(GATEWAY_KEY, ISSUER, service, List.of("STAFF"), Duration.ofMinutes(1));
	}

	/** {@code Bearer ...} for an administrator calling the service. */
	public static String admin(String service) {
		return bearer(GATEWAY_KEY, ISSUER, service, List.of("ADMIN", "STAFF"), Duration.ofMinutes(1));
	}

	/** Signed by the gateway for the service, but expired ten minutes ago. */
	public static String expired(String service) {
		return bearer(GATEWAY_KEY, ISSUER, service, List.of("ADMIN", "STAFF"), Duration.ofMinutes(-10));
	}

	/** Signed by a key the service does not know, otherwise perfect. */
	public static String foreignSigned(String service) {
		return bearer(FOREIGN_KEY, ISSUER, service, List.of("ADMIN", "STAFF"), Duration.ofMinutes(1));
	}

	/** Signed by the gateway with any issuer, audience and roles. */
	public static String bearer(String issuer, String audience, List<String> roles) {
		return bearer(GATEWAY_KEY, issuer, audience, roles, Duration.ofMinutes(1));
	}

	private static String bearer(KeyPair key, String issuer, String audience, List<String> roles, Duration ttl) {
		Instant now = Instant.now();
		Instant expires = now.plus(ttl);
		Instant issued = expires.isBefore(now) ? expires.minus(Duration.ofMinutes(1)) : now;
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject("test-staff")
			.audience(List.of(audience))
			.issuedAt(issued)
			.expiresAt(expires)
			.id(UUID.randomUUID().toString())
			.claim("roles", roles)
			.build();
		RSAKey jwk = new RSAKey.Builder((RSAPublicKey) key.getPublic()).privateKey((RSAPrivateKey) key.getPrivate())
			.build();
		NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
		String token = encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
		return "Bearer " + token;
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
