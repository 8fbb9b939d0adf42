package no.ks.kulturskole.api.registration;

import java.util.List;

/**
 * A workshop's evaluation summed up for staff (issue 16).
 *
 * @param linksIssued evaluation links handed out (one per attendee and session)
 * @param answered links that were used to answer
 */
public record EvaluationResultsResponse(String workshopId, long linksIssued, long answered,
		List<EvaluationQuestionResult> questions) {

	/** A reader gets an empty list, never {@code null}. */
	public EvaluationResultsResponse {
		questions = (questions != null) ? questions : List.of();
	}

}
