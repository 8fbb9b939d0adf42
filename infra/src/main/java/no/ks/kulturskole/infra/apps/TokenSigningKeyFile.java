package no.ks.kulturskole.infra.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The gateway's RSA key for the tokens it sends the services, generated on first start
 * and kept in the data folder (like the seal key), so a restart changes nothing. The
 * gateway gets the private half, the services the public half; both as PEM text.
 */
final class TokenSigningKeyFile {

	private final Path file;

	private KeyPair pair;

	TokenSigningKeyFile(Path file) {
		this.file = file;
	}

	synchronized String privatePem() {
		return pem("PRIVATE KEY", pair().getPrivate().getEncoded());
	}

	synchronized String publicPem() {
		return pem("PUBLIC KEY", pair().getPublic().getEncoded());
	}

	private KeyPair pair() {
		if (this.pair == null) {
			this.pair = readOrCreate();
		}
		return this.pair;
	}

	private KeyPair readOrCreate() {
		try {
			if (Files.exists(this.file)) {
				return read(Files.readString(this.file, StandardCharsets.US_ASCII));
			}
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair generated = generator.generateKeyPair();
			SecretFiles.write(this.file, pem("PRIVATE KEY", generated.getPrivate().getEncoded()));
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create " + this.file, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read or create " + this.file, ex);
		}
	}

	private static KeyPair read(String pem) throws GeneralSecurityException {
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		KeyFactory rsa = KeyFactory.getInstance("RSA");
		RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		return new KeyPair(
				rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent())),
				privateKey);
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
