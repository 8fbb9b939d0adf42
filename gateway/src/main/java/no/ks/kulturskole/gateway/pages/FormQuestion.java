package no.ks.kulturskole.gateway.pages;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One of a workshop's extra registration questions (issue 17), as workshop-service shows
 * it publicly: the question only, never anybody's answer. Texts come in bokmål, with
 * nynorsk and English when staff wrote them; the page shows the one in its language and
 * falls back to bokmål.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormQuestion(String questionId, String scope, String kind, boolean required, boolean personalData,
		Text text, List<Choice> choices) {

	public FormQuestion {
		choices = (choices != null) ? choices : List.of();
	}

	public boolean forDelegation() {
		return "DELEGATION".equals(this.scope);
	}

	/** Shown as a group of radio buttons or checkboxes, with a legend. */
	public boolean grouped() {
		return "ONE_CHOICE".equals(this.kind) || "SEVERAL_CHOICES".equals(this.kind) || "YES_NO".equals(this.kind);
	}

	public String label(String language) {
		return (this.text != null) ? this.text.in(language) : this.questionId;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Choice(String choiceId, Text label) {

		public String label(String language) {
			return (this.label != null) ? this.label.in(language) : this.choiceId;
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Text(String nb, String nn, String en) {

		public String in(String language) {
			String text = switch (language) {
				case "nn" -> this.nn;
				case "en" -> this.en;
				default -> this.nb;
			};
			return (text != null && !text.isBlank()) ? text : this.nb;
		}

		/**
		 * {@code nb} when the page's language has no text of its own and bokmål is shown
		 * instead (for {@code lang}, WCAG 3.1.2); {@code null} otherwise.
		 */
		public String langIn(String language) {
			String own = switch (language) {
				case "nn" -> this.nn;
				case "en" -> this.en;
				default -> this.nb;
			};
			return (!"nb".equals(language) && (own == null || own.isBlank())) ? "nb" : null;
		}

	}

}
