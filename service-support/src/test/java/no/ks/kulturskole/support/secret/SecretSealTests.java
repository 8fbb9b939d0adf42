package no.ks.kulturskole.support.secret;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealTests {

	private final SecretSeal seal = SecretSeal.withKey(SecretSeal.generateKey());

	@Test
	void aSealedSecretOpensWithTheSameKeyForTheSameOwner() {
		String sealed = this.seal.seal("hemmelig-lenke", "d-1");

		assertThat(sealed).startsWith("v1.").doesNotContain("hemmelig");
		assertThat(this.seal.open(sealed, "d-1")).isEqualTo("hemmelig-lenke");
	}

	@Test
	void sealingTheSameSecretTwiceGivesDifferentValues() {
		assertThat(this.seal.seal("s", "d-1")).isNotEqualTo(this.seal.seal("s", "d-1"));
	}

	@Test
	void aSealedSecretDoesNotOpenForAnotherOwner() {
		String sealed = this.seal.seal("hemmelig-lenke", "d-1");

		assertThatThrownBy(() -> this.seal.open(sealed, "d-2")).isInstanceOf(SecretSeal.SealBroken.class);
	}

	@Test
	void aSealedSecretDoesNotOpenWithAnotherKey() {
		String sealed = this.seal.seal("hemmelig-lenke", "d-1");
		SecretSeal other = SecretSeal.withKey(SecretSeal.generateKey());

		assertThatThrownBy(() -> other.open(sealed, "d-1")).isInstanceOf(SecretSeal.SealBroken.class);
	}

	@Test
	void aTamperedValueDoesNotOpen() {
		String sealed = this.seal.seal("hemmelig-lenke", "d-1");
		char last = sealed.charAt(sealed.length() - 1);
		String tampered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');

		assertThatThrownBy(() -> this.seal.open(tampered, "d-1")).isInstanceOf(SecretSeal.SealBroken.class);
		assertThatThrownBy(() -> this.seal.open("not sealed", "d-1")).isInstanceOf(SecretSeal.SealBroken.class);
	}

	@Test
	void aKeyOfTheWrongLengthIsRefused() {
		assertThatThrownBy(() -> SecretSeal.withKey("c2hvcnQ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> SecretSeal.withKey(" ")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("platform.secret-seal.key");
	}

}
