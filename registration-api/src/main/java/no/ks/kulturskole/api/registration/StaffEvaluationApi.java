package no.ks.kulturskole.api.registration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * registration-service's staff side of a workshop's evaluation (issue 16) as a typed
 * client: the results and the questions. An unknown workshop is a {@code 404}; questions
 * refused are a {@code 400} naming the field, a {@code 409} once an answer has come. The
 * CSV of the results is bytes, not JSON, and stays a plain call.
 */
@HttpExchange(accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface StaffEvaluationApi {

	@GetExchange("/api/workshops/{workshopId}/evaluation/results")
	EvaluationResultsResponse results(@PathVariable String workshopId);

	@GetExchange("/api/workshops/{workshopId}/evaluation/questions")
	EvaluationQuestionsResponse questions(@PathVariable String workshopId);

	/** Replaces every question; answers with the questions as now numbered. */
	@PutExchange(url = "/api/workshops/{workshopId}/evaluation/questions",
			contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EvaluationQuestionsResponse> replaceQuestions(@PathVariable String workshopId,
			@RequestBody EvaluationQuestionsRequest request);

}
