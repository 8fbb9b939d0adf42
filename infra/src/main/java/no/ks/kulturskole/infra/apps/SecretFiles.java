package no.ks.kulturskole.infra.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Secrets handed to an application as files, one per property, in a folder of its own
 * that Spring reads with {@code configtree} ({@code PLATFORM_SECRETS_DIR}): never as
 * process arguments, which anyone on the machine can read with {@code ps}. Readable by
 * the owner only, where the file system allows.
 */
final class SecretFiles {

	private SecretFiles() {
	}

	/** Writes the folder's files afresh, and answers the folder with a trailing slash. */
	static String folder(Path folder, Map<String, String> secrets) {
		try {
			Files.createDirectories(folder);
			ownerOnly(folder, "rwx------");
			for (Map.Entry<String, String> secret : secrets.entrySet()) {
				write(folder.resolve(secret.getKey()), secret.getValue());
			}
			return folder.toAbsolutePath() + "/";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the secrets of " + folder, ex);
		}
	}

	static void write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.US_ASCII);
		ownerOnly(file, "rw-------");
	}

	private static void ownerOnly(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the data folder's own protection applies
		}
	}

}
