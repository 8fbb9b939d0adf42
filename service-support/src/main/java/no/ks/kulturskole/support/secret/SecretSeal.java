package no.ks.kulturskole.support.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret (a manage-link secret, or an event's personal data with its owner's data
 * key, see {@code PersonalDataSeals}) so that it can travel on a topic that many
 * consumers read, and only a holder of the same key can open it. AES-256-GCM with a fresh
 * 96-bit nonce per seal; the owner id is bound as associated data, so a sealed secret
 * copied onto another delegation's event does not open.
 *
 * <p>
 * Format: {@code v1.<base64url nonce>.<base64url ciphertext+tag>}; the version leaves
 * room for key rotation.
 */
public final class SecretSeal {

	private static final String PREFIX = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	private SecretSeal(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("The sealing key must be 32 bytes (256 bits), got " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * @param base64Key 32 random bytes, base64 (standard or URL alphabet)
	 */
	public static SecretSeal withKey(String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			throw new IllegalArgumentException("No sealing key configured (platform.secret-seal.key)");
		}
		String normalised = base64Key.trim().replace('+', '-').replace('/', '_').replace("=", "");
		return new SecretSeal(DECODER.decode(normalised));
	}

	/** A fresh random key in the format {@link #withKey(String)} reads. */
	public static String generateKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return ENCODER.encodeToString(key);
	}

	public String seal(String secret, String ownerId) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, ownerId);
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return PREFIX + "." + ENCODER.encodeToString(nonce) + "." + ENCODER.encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Sealing failed", ex);
		}
	}

	/**
	 * @throws SealBroken when the value was not sealed with this key for this owner, or
	 * was altered
	 */
	public String open(String sealed, String ownerId) {
		String[] parts = (sealed != null) ? sealed.split("\\.") : new String[0];
		if (parts.length != 3 || !PREFIX.equals(parts[0])) {
			throw new SealBroken("Not a sealed secret of version " + PREFIX);
		}
		try {
			byte[] nonce = DECODER.decode(parts[1]);
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, ownerId);
			return new String(cipher.doFinal(DECODER.decode(parts[2])), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SealBroken("The sealed secret does not open with this key for this owner");
		}
	}

	/**
	 * A keyed hash (HMAC-SHA-256, base64url) of a value, e.g. an erased recipient's
	 * address: equal addresses give equal hashes, so a mail log can still tell that two
	 * mails went to the same person, but nobody without the key can test a guess.
	 */
	public String keyedHash(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key.getEncoded(), "HmacSHA256"));
			return ENCODER.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every JVM has HmacSHA256", ex);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, String ownerId) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(ownerId.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/** A sealed value that cannot be opened: wrong key, wrong owner or tampered with. */
	public static final class SealBroken extends RuntimeException {

		SealBroken(String message) {
			super(message);
		}

	}

}
