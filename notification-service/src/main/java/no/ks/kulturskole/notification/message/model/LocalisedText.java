package no.ks.kulturskole.notification.message.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * A text staff wrote in bokmål, and perhaps in nynorsk and English too. A recipient reads
 * the version in their language, and bokmål when there is none.
 *
 * @param versions by language ({@code nb}, {@code nn}, {@code en}); blank versions are
 * left out
 */
public record LocalisedText(Map<String, String> versions) {

	public static final String BOKMAAL = "nb";

	public static final List<String> LANGUAGES = List.of(BOKMAAL, "nn", "en");

	public LocalisedText {
		Map<String, String> kept = new LinkedHashMap<>();
		if (versions != null) {
			versions.forEach((language, text) -> {
				if (text != null && !text.isBlank()) {
					kept.put(language, text.strip());
				}
			});
		}
		versions = Map.copyOf(kept);
	}

	/**
	 * Bokmål is required, only nb/nn/en are known, and no version is longer than
	 * {@code maxLength} (or spans lines, when {@code oneLine}).
	 * @param field the request field, e.g. {@code subject}
	 */
	public void requireValid(String field, int maxLength, boolean oneLine) {
		if (!this.versions.containsKey(BOKMAAL)) {
			throw new RuleViolation(field + "." + BOKMAAL, "required", "Skriv teksten på bokmål.");
		}
		this.versions.forEach((language, text) -> {
			String versionField = field + "." + language;
			if (!LANGUAGES.contains(language)) {
				throw new RuleViolation(versionField, "language-unknown", "Bare nb, nn og en er mulige språk.");
			}
			if (text.length() > maxLength) {
				throw new RuleViolation(versionField, "too-long", "Teksten kan være høyst " + maxLength + " tegn.");
			}
			if (oneLine && text.contains("\n")) {
				throw new RuleViolation(versionField, "one-line", "Emnet må stå på én linje.");
			}
		});
	}

	/** The language of the version a reader of {@code language} gets. */
	public String languageFor(String language) {
		return this.versions.containsKey(language) ? language : BOKMAAL;
	}

	public String in(String language) {
		return this.versions.get(languageFor(language));
	}

}
