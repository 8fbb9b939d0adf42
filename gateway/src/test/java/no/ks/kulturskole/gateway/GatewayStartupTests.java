package no.ks.kulturskole.gateway;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the local profile the gateway starts only when it is safe to: with a way for
 * staff to sign in that is not the README's, and with a key to sign the services' tokens.
 * Each case starts the real application, as production would.
 */
class GatewayStartupTests {

	private static final String SIGNING_KEY = privateKeyPem();

	@Test
	void withoutTheLocalProfileTheDemoAccountsDoNotExistAndNoAccountAtAllRefusesToStart() {
		assertThatThrownBy(() -> start(List.of("--platform.gateway.tokens.private-key=" + SIGNING_KEY)))
			.hasStackTraceContaining("No staff account and no identity provider");
	}

	@Test
	void theDemoPasswordsAreRefusedOutsideTheLocalProfileEvenHashedWithAnotherSalt() {
		String rehashed = new BCryptPasswordEncoder().encode("kulturskole-admin");

		assertThatThrownBy(() -> start(List.of("--platform.gateway.tokens.private-key=" + SIGNING_KEY,
				"--platform.security.users[0].username=sjef", "--platform.security.users[0].password-hash=" + rehashed,
				"--platform.security.users[0].roles=ADMIN")))
			.hasStackTraceContaining("platform.security.users[0] has a demo password");
	}

	@Test
	void withoutTheLocalProfileASigningKeyIsRequired() {
		String hash = new BCryptPasswordEncoder().encode("et-langt-og-hemmelig-passord");

		assertThatThrownBy(() -> start(List.of("--platform.security.users[0].username=stab",
				"--platform.security.users[0].password-hash=" + hash, "--platform.security.users[0].roles=STAFF")))
			.hasStackTraceContaining("platform.gateway.tokens.private-key is required");
	}

	@Test
	void aRealAccountAndASigningKeyStartTheGateway() {
		String hash = new BCryptPasswordEncoder().encode("et-langt-og-hemmelig-passord");

		try (ConfigurableApplicationContext gateway = start(List.of(
				"--platform.gateway.tokens.private-key=" + SIGNING_KEY, "--platform.security.users[0].username=stab",
				"--platform.security.users[0].password-hash=" + hash, "--platform.security.users[0].roles=STAFF"))) {
			assertThat(gateway.isRunning()).isTrue();
		}
	}

	@Test
	void theLocalProfileStartsWithTheDemoAccountsAndAKeyOfItsOwn() {
		try (ConfigurableApplicationContext gateway = start(List.of("--spring.profiles.active=local"))) {
			assertThat(gateway.getEnvironment().getProperty("platform.security.users[0].username")).isEqualTo("stab");
		}
	}

	private static ConfigurableApplicationContext start(List<String> arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0"));
		all.addAll(arguments);
		return new SpringApplicationBuilder(GatewayApplication.class).run(all.toArray(String[]::new));
	}

	private static String privateKeyPem() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
