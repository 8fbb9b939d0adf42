package no.ks.kulturskole.gateway.pages;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;

/**
 * One of a workshop's extra registration questions (issue 17) as the pages show it: the
 * question only, never anybody's answer. Built from the shared
 * {@link RegistrationQuestion} (workshop-api's public workshop, registration-api's
 * answers), not read as a copy of it: the pages add the texts in the page's language
 * (bokmål, with nynorsk and English when staff wrote them, falling back to bokmål) and
 * how a question is laid out.
 */
public record FormQuestion(String questionId, String scope, String kind, boolean required, boolean personalData,
		Text text, List<Choice> choices) {

	public FormQuestion {
		choices = (choices != null) ? choices : List.of();
	}

	/**
	 * The page view of a shared question. Also how a page that reads a question from JSON
	 * reads it: through the shared record ({@code DELEGATING}), so the gateway keeps no
	 * second definition of the question on the wire.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FormQuestion of(RegistrationQuestion question) {
		return new FormQuestion(question.questionId(), question.scope(), question.kind(), question.required(),
				question.personalData(), Text.of(question.text()),
				question.choices()
					.stream()
					.map(choice -> new Choice(choice.choiceId(), Text.of(choice.label())))
					.toList());
	}

	public static List<FormQuestion> of(List<RegistrationQuestion> questions) {
		return (questions != null) ? questions.stream().map(FormQuestion::of).toList() : List.of();
	}

	public boolean forDelegation() {
		return RegistrationQuestion.DELEGATION.equals(this.scope);
	}

	/** Shown as a group of radio buttons or checkboxes, with a legend. */
	public boolean grouped() {
		return "ONE_CHOICE".equals(this.kind) || "SEVERAL_CHOICES".equals(this.kind) || "YES_NO".equals(this.kind);
	}

	public String label(String language) {
		return (this.text != null) ? this.text.in(language) : this.questionId;
	}

	public record Choice(String choiceId, Text label) {

		public String label(String language) {
			return (this.label != null) ? this.label.in(language) : this.choiceId;
		}

	}

	public record Text(String nb, String nn, String en) {

		static Text of(RegistrationQuestion.LocalisedText text) {
			return (text != null) ? new Text(text.nb(), text.nn(), text.en()) : null;
		}

		public String in(String language) {
			String text = own(language);
			return (text != null && !text.isBlank()) ? text : this.nb;
		}

		/**
		 * {@code nb} when the page's language has no text of its own and bokmål is shown
		 * instead (for {@code lang}, WCAG 3.1.2); {@code null} otherwise.
		 */
		public String langIn(String language) {
			String own = own(language);
			return (!"nb".equals(language) && (own == null || own.isBlank())) ? "nb" : null;
		}

		private String own(String language) {
			return switch (language) {
				case "nn" -> this.nn;
				case "en" -> this.en;
				default -> this.nb;
			};
		}

	}

}
