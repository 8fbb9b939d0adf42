package no.ks.kulturskole.api.registration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * registration-service's public evaluation (issue 16) as the gateway's pages call it:
 * public by design, the link's secret (128 random bits) is the guard. An unknown link is
 * a {@code 404}, a used one a {@code 409}, a wrong answer a {@code 400} naming it (e.g.
 * {@code answers.q2}).
 */
@HttpExchange(url = "/api/public/evaluations",
		accept = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
public interface PublicEvaluationApi {

	@GetExchange("/{token}")
	ResponseEntity<EvaluationFormView> form(@PathVariable String token,
			@RequestParam(required = false) String language);

	/** Answered once: the link cannot be used again. */
	@PostExchange(url = "/{token}", contentType = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> answer(@PathVariable String token, @RequestBody EvaluationAnswersRequest request);

}
