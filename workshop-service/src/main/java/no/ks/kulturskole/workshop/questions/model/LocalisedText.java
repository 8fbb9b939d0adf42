package no.ks.kulturskole.workshop.questions.model;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * A text in bokmål, which every question has, and in nynorsk and English when staff write
 * them (the form falls back to bokmål).
 */
public record LocalisedText(String nb, String nn, String en) {

	public LocalisedText {
		nb = strippedOrNull(nb);
		nn = strippedOrNull(nn);
		en = strippedOrNull(en);
	}

	/** Refuses a missing bokmål text and a text longer than {@code max}, naming it. */
	void check(String field, int max) {
		if (this.nb == null) {
			throw new RuleViolation(field + ".nb", "question-text-missing", "Teksten på bokmål må fylles ut.");
		}
		checkLength(field + ".nb", this.nb, max);
		checkLength(field + ".nn", this.nn, max);
		checkLength(field + ".en", this.en, max);
	}

	private static void checkLength(String field, String text, int max) {
		if (text != null && text.length() > max) {
			throw new RuleViolation(field, "question-text-too-long", "Teksten kan ha høyst " + max + " tegn.");
		}
	}

	private static String strippedOrNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
