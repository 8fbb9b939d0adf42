package no.ks.kulturskole.registration.delegation.infrastructure;

import no.ks.kulturskole.support.secret.SecretSeal;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The service does not start without a usable sealing key, and says why. */
class SecretSealConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(SecretSealConfiguration.class);

	@Test
	void withAKeyTheSealIsThereAndOpensWhatItSealed() {
		this.context.withPropertyValues("platform.secret-seal.key=" + SecretSeal.generateKey()).run(started -> {
			SecretSeal seal = started.getBean(SecretSeal.class);
			assertThat(seal.open(seal.seal("hemmelig", "d-1"), "d-1")).isEqualTo("hemmelig");
		});
	}

	@Test
	void withoutAKeyTheServiceRefusesToStartNamingThePropertyAndTheVariable() {
		this.context.withPropertyValues("platform.secret-seal.key=  ")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("platform.secret-seal.key")
				.hasMessageContaining("SECRET_SEAL_KEY"));
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() {
		String shortKey = "c2hvcnQta2V5";
		this.context.withPropertyValues("platform.secret-seal.key=" + shortKey)
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("32")
				.hasMessageNotContaining(shortKey));
	}

}
