package no.ks.kulturskole.gateway.security;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo passwords printed in the README. Anyone can read them, so outside the local
 * profile an account whose hash matches one of them is refused at startup, whichever salt
 * it was hashed with.
 */
final class DemoPasswords {

	private static final List<String> PASSWORDS = List.of("kulturskole", "kulturskole-admin");

	private DemoPasswords() {
	}

	static boolean matches(String passwordHash, PasswordEncoder encoder) {
		return PASSWORDS.stream().anyMatch((password) -> encoder.matches(password, passwordHash));
	}

}
