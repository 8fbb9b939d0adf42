package no.ks.kulturskole.gateway.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.security.converter.RsaKeyConverters;

/**
 * The gateway's RSA key for the tokens it sends the services. Its key id is derived from
 * the public key, so a service (or a JWK set cache) can tell a new key from the old one.
 */
final class SigningKey {

	private SigningKey() {
	}

	/** The configured key, PEM (PKCS#8). */
	static RSAKey fromPem(String pem) {
		RSAPrivateKey privateKey;
		try {
			privateKey = RsaKeyConverters.pkcs8()
				.convert(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (RuntimeException ex) {
			// names the property, never shows the key
			throw new IllegalStateException(
					"platform.gateway.tokens.private-key is not an RSA private key in PEM (BEGIN PRIVATE KEY)", ex);
		}
		if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
			throw new IllegalStateException("platform.gateway.tokens.private-key lacks its public half (CRT form)");
		}
		try {
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
			return jwk(publicKey, privateKey);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key for this process only (the local profile without a configured key). */
	static RSAKey generated() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return jwk((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey jwk(RSAPublicKey publicKey, RSAPrivateKey privateKey) throws GeneralSecurityException {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
		String keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
		return new RSAKey.Builder(publicKey).privateKey(privateKey)
			.keyID(keyId)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build();
	}

}
