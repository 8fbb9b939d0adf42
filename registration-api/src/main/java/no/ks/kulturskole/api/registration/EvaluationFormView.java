package no.ks.kulturskole.api.registration;

import java.time.Instant;
import java.util.List;

/**
 * The attendee's evaluation form behind the secret link (issue 16): the questions in one
 * language.
 *
 * @param sessionStartsAt {@code null} when the session is no longer known
 * @param language the language the questions are in: the one asked for ({@code nb},
 * {@code nn} or {@code en}), else the delegation's
 */
public record EvaluationFormView(String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt, String language,
		List<EvaluationFormQuestion> questions) {

	/** A reader gets an empty list, never {@code null}. */
	public EvaluationFormView {
		questions = (questions != null) ? questions : List.of();
	}

	/**
	 * One question as the attendee reads it.
	 *
	 * @param id what the answer to it is keyed by ({@code q1}, {@code q2}, …)
	 * @param text in the form's language, bokmål where it has none
	 */
	public record EvaluationFormQuestion(String id, EvaluationQuestionKind kind, String text) {
	}

}
