package no.ks.kulturskole.api.registration;

import java.util.List;

/**
 * The questions of a workshop's evaluation (issue 16), for staff.
 *
 * @param standard the default set, in use until staff set their own
 */
public record EvaluationQuestionsResponse(List<EvaluationQuestionView> questions, boolean standard) {

	/** A reader gets an empty list, never {@code null}. */
	public EvaluationQuestionsResponse {
		questions = (questions != null) ? questions : List.of();
	}

}
