package no.ks.kulturskole.api.workshop;

import java.util.List;

/**
 * One of a workshop's extra registration questions (issue 17) as staff read and write it.
 * Scope and kind are text and the flags may be left out, so that workshop-service can
 * refuse a wrong or missing value naming the question's field
 * ({@code questions[0].kind}); a JSON binding error could not say which question it was.
 *
 * @param scope {@code DELEGATION} or {@code PARTICIPANT}
 * @param kind {@code SHORT_TEXT}, {@code LONG_TEXT}, {@code ONE_CHOICE},
 * {@code SEVERAL_CHOICES} or {@code YES_NO}
 * @param personalData health-related (diet, accessibility): the answers are shown to
 * staff only and erased with the delegation
 */
public record QuestionBody(String questionId, String scope, String kind, Boolean required, Boolean personalData,
		TextBody text, List<ChoiceBody> choices) {

	public QuestionBody {
		choices = (choices != null) ? choices : List.of();
	}

	/**
	 * Bokmål, which every question has, and nynorsk and English when staff wrote them; a
	 * text not written is {@code null}, as in the published language's
	 * {@code RegistrationQuestion}, so the staff form and the public workshop show a
	 * question in the same JSON.
	 */
	public record TextBody(String nb, String nn, String en) {
	}

	/** One choice of a choice question; its id is what an answer names. */
	public record ChoiceBody(String choiceId, TextBody label) {
	}

}
