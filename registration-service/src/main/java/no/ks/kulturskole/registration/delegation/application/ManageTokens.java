package no.ks.kulturskole.registration.delegation.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import no.ks.kulturskole.support.secret.SecretSeal;

import org.springframework.stereotype.Component;

/**
 * The secrets of the self-service links: 256 random bits, URL-safe, handed out once. Only
 * their SHA-256 is stored; a plain (unsalted) hash is enough because the secret is random
 * and long, not a password a person chose, so there is nothing to guess from a
 * dictionary. On the bus a secret travels only sealed with the key registration and
 * notification share.
 */
@Component
public class ManageTokens {

	/** The request header that carries the secret of the self-service link. */
	public static final String HEADER = "X-Manage-Token";

	private static final int BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final SecretSeal seal;

	public ManageTokens(SecretSeal seal) {
		this.seal = seal;
	}

	/**
	 * The secret a request carries, in the header {@link #HEADER} or the link's query
	 * parameter; {@code null} for none.
	 */
	public static String fromRequest(String headerToken, String queryToken) {
		String token = (headerToken != null && !headerToken.isBlank()) ? headerToken : queryToken;
		return (token != null && !token.isBlank()) ? token.strip() : null;
	}

	/** A fresh secret, with what the model needs of it. */
	public IssuedSecret issue() {
		return new IssuedSecret(newToken(), this.seal);
	}

	String newToken() {
		byte[] secret = new byte[BYTES];
		this.random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** In constant time, so that the answer time tells nothing about the stored hash. */
	public static boolean matches(String token, String storedHash) {
		if (token == null || token.isBlank() || storedHash == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(token.strip()).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

}
