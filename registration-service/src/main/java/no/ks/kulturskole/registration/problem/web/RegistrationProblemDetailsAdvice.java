package no.ks.kulturskole.registration.problem.web;

import no.ks.kulturskole.registration.delegation.application.TooManyAttempts;
import no.ks.kulturskole.support.problem.ProblemDetailsAdvice;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The shared advice, plus the answer to too many wrong manage-link secrets. Being a
 * {@link ProblemDetailsAdvice}, it replaces the auto-configured one.
 */
@RestControllerAdvice
class RegistrationProblemDetailsAdvice extends ProblemDetailsAdvice {

	/**
	 * Too many wrong secrets from one client, or too many requests for a new link: 429
	 * with Retry-After.
	 */
	@ExceptionHandler(TooManyAttempts.class)
	ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttempts ex) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", ex.getMessage(), ex.field());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
