package no.ks.kulturskole.registration.certificate.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import no.ks.kulturskole.registration.certificate.model.VerificationCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The attendee's own link to their participation confirmation, and its verification code:
 * both computed from (delegation, participant) with HMAC-SHA256 under a key only
 * registration holds, so nothing needs storing to hand out a link, a link cannot be
 * guessed or altered to reach someone else's, and the same participant always gets the
 * same code.
 * <p>
 * The key is {@value #KEY_PROPERTY} when set; otherwise it is derived from the service's
 * sealing key ({@code platform.secret-seal.key}) with a label of its own, so a deployment
 * needs no new secret, and the two uses never share a key.
 */
@Component
public class CertificateLinks {

	static final String KEY_PROPERTY = "platform.registration.certificate-links.key";

	private static final String DERIVATION_LABEL = "kulturskole/certificate-links/v1";

	/** 128 bits of MAC: unguessable, and keeps the link short. */
	private static final int MAC_BYTES = 16;

	private final SecretKeySpec key;

	public CertificateLinks(@Value("${" + KEY_PROPERTY + ":}") String key,
			@Value("${platform.secret-seal.key:}") String sealKey) {
		this.key = new SecretKeySpec(keyOf(key, sealKey), "HmacSHA256");
	}

	/**
	 * The token of the attendee's link, {@code /api/public/certificates/{token}} (the
	 * gateway's page {@code /deltakerbevis/{token}}): for the evaluation mail.
	 */
	public String tokenFor(String delegationId, String participantId) {
		byte[] mac = Arrays.copyOf(mac("link", delegationId, participantId), MAC_BYTES);
		return delegationId + "." + participantId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
	}

	/** The verification code printed on the participant's confirmation. */
	public String codeFor(String delegationId, String participantId) {
		return VerificationCode.of(mac("code", delegationId, participantId));
	}

	/**
	 * @return whose link the token is, or empty when it is not one this service made
	 */
	public Optional<Holder> holderOf(String token) {
		String[] parts = (token != null) ? token.strip().split("\\.", -1) : new String[0];
		if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
			return Optional.empty();
		}
		byte[] expected = tokenFor(parts[0], parts[1]).getBytes(StandardCharsets.US_ASCII);
		// in constant time, so that the answer time tells nothing about the right MAC
		return MessageDigest.isEqual(expected, token.strip().getBytes(StandardCharsets.US_ASCII))
				? Optional.of(new Holder(parts[0], parts[1])) : Optional.empty();
	}

	private byte[] mac(String purpose, String delegationId, String participantId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			// lengths first, so that no two (delegation, participant) pairs read alike
			return mac.doFinal((purpose + "|" + delegationId.length() + ":" + delegationId + "|" + participantId)
				.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	private static byte[] keyOf(String key, String sealKey) {
		if (key != null && !key.isBlank()) {
			return decoded(key, KEY_PROPERTY);
		}
		if (sealKey == null || sealKey.isBlank()) {
			throw new IllegalStateException("registration-service needs " + KEY_PROPERTY
					+ " or platform.secret-seal.key to sign the links to participation confirmations");
		}
		try {
			Mac derive = Mac.getInstance("HmacSHA256");
			derive.init(new SecretKeySpec(decoded(sealKey, "platform.secret-seal.key"), "HmacSHA256"));
			return derive.doFinal(DERIVATION_LABEL.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	private static byte[] decoded(String key, String property) {
		try {
			// base64 or base64url, with or without padding, as SecretSeal reads its key
			byte[] bytes = Base64.getUrlDecoder()
				.decode(key.strip().replace('+', '-').replace('/', '_').replace("=", ""));
			if (bytes.length < 32) {
				throw new IllegalStateException(property + " must be at least 32 random bytes in base64");
			}
			return bytes;
		}
		catch (IllegalArgumentException ex) {
			// never echo the key itself
			throw new IllegalStateException(property + " is not base64", ex);
		}
	}

	/** The participant a link is for. */
	public record Holder(String delegationId, String participantId) {
	}

}
