package no.ks.kulturskole.registration.certificate.model;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification code's form and the printed duration. */
class CertificateModelTests {

	@Test
	void aCodeIsTenCrockfordCharactersGroupedAndReadBackHoweverItIsTyped() {
		byte[] bytes = { (byte) 0xFF, 0x00, 0x12, 0x34, 0x56, 0x78, (byte) 0x9A, (byte) 0xBC };

		String code = VerificationCode.of(bytes);

		assertThat(code).matches("KS-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
		assertThat(code).startsWith("KS-Z");
		assertThat(VerificationCode.of(bytes)).isEqualTo(code);
		bytes[6] ^= 0x40;
		assertThat(VerificationCode.of(bytes)).as("a bit of the 50 changes the code").isNotEqualTo(code);
		String plain = code.substring(3).replace("-", "");
		assertThat(VerificationCode.parse(" ks " + plain.toLowerCase() + " ")).hasValue(code);
		assertThat(VerificationCode.parse(plain.replace('0', 'O').replace('1', 'I'))).hasValue(code);
		assertThat(VerificationCode.parse("KS-1234")).isEmpty();
		assertThat(VerificationCode.parse("KS-UUUUU-UUUUU")).isEmpty();
		assertThat(VerificationCode.parse(null)).isEmpty();
	}

	@Test
	void durationsReadAsPeopleWriteThem() {
		assertThat(DurationText.of(Duration.ofMinutes(150), "nb")).isEqualTo("2 t 30 min");
		assertThat(DurationText.of(Duration.ofMinutes(150), "nn")).isEqualTo("2 t 30 min");
		assertThat(DurationText.of(Duration.ofMinutes(150), "en")).isEqualTo("2 h 30 min");
		assertThat(DurationText.of(Duration.ofHours(5), "nb")).isEqualTo("5 t");
		assertThat(DurationText.of(Duration.ofMinutes(45), "nb")).isEqualTo("45 min");
	}

}
