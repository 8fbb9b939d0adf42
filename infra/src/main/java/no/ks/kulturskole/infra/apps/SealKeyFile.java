package no.ks.kulturskole.infra.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local platform's key for sealing manage-link secrets, generated on first start and
 * kept in the data folder: links in e-mails sent before a restart keep working after it,
 * and no key is ever committed to the repository.
 */
final class SealKeyFile {

	private final Path file;

	private String key;

	SealKeyFile(Path file) {
		this.file = file;
	}

	synchronized String get() {
		if (this.key == null) {
			this.key = readOrCreate();
		}
		return this.key;
	}

	private String readOrCreate() {
		try {
			if (Files.exists(this.file)) {
				return Files.readString(this.file, StandardCharsets.US_ASCII).trim();
			}
			// 256 random bits, base64url: the format service-support's SecretSeal reads
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			SecretFiles.write(this.file, generated);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create " + this.file, ex);
		}
	}

}
