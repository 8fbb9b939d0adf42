package no.ks.kulturskole.registration.certificate.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a participation confirmation, for staff to look it up: ten
 * characters of Crockford's base32 (no I, L, O or U, so nothing is misread on paper or on
 * the phone), 50 bits, grouped as {@code KS-XXXXX-XXXXX}.
 */
public final class VerificationCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 10;

	private static final String PREFIX = "KS";

	private VerificationCode() {
	}

	/**
	 * The code of the first 50 bits of {@code bytes} (a MAC of who and which workshop, so
	 * the same participant always gets the same code).
	 */
	public static String of(byte[] bytes) {
		if (bytes.length < 7) {
			throw new IllegalArgumentException("A code needs at least 7 bytes, got " + bytes.length);
		}
		long bits = 0;
		for (int i = 0; i < 7; i++) {
			bits = (bits << 8) | (bytes[i] & 0xFF);
		}
		// 56 bits read; keep the top 50
		bits >>>= 6;
		char[] code = new char[LENGTH];
		for (int i = LENGTH - 1; i >= 0; i--) {
			code[i] = ALPHABET.charAt((int) (bits & 31));
			bits >>>= 5;
		}
		return grouped(new String(code));
	}

	/**
	 * The code as a person may type it: any case, with or without the prefix, spaces and
	 * dashes; O read as 0, I and L as 1 (Crockford's rule).
	 * @return the code in its printed form, or empty when it cannot be one
	 */
	public static Optional<String> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (plain.startsWith(PREFIX) && plain.length() == PREFIX.length() + LENGTH) {
			plain = plain.substring(PREFIX.length());
		}
		plain = plain.replace('O', '0').replace('I', '1').replace('L', '1');
		if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(grouped(plain));
	}

	private static String grouped(String plain) {
		return PREFIX + "-" + plain.substring(0, 5) + "-" + plain.substring(5);
	}

}
