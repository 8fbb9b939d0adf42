package no.ks.kulturskole.contracts.workshop;

import java.util.List;

/**
 * One extra question on a workshop's registration form.
 *
 * @param questionId stable within the workshop (letters, digits and dashes), the name
 * problems use for the answer, e.g. {@code answers.diet}
 * @param scope {@code DELEGATION} (answered once for the group) or {@code PARTICIPANT}
 * (answered for each delegate)
 * @param kind {@code SHORT_TEXT}, {@code LONG_TEXT}, {@code ONE_CHOICE},
 * {@code SEVERAL_CHOICES} or {@code YES_NO}
 * @param personalData whether the answers are personal data, such as health-related needs
 * (diet, accessibility): shown to staff only, erased with the delegation
 * @param text the question in bokmål, and in nynorsk and English when staff wrote them
 * @param choices the choices of {@code ONE_CHOICE} and {@code SEVERAL_CHOICES}; empty for
 * the other kinds
 */
public record RegistrationQuestion(String questionId, String scope, String kind, boolean required, boolean personalData,
		LocalisedText text, List<QuestionChoice> choices) {

	public static final String DELEGATION = "DELEGATION";

	public static final String PARTICIPANT = "PARTICIPANT";

	public RegistrationQuestion {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	/** One choice of a choice question, with its stable id. */
	public record QuestionChoice(String choiceId, LocalisedText label) {
	}

	/** A text in bokmål, with nynorsk and English when given ({@code null} otherwise). */
	public record LocalisedText(String nb, String nn, String en) {
	}

}
