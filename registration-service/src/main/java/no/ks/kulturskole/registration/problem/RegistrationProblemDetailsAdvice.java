package no.ks.kulturskole.registration.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.support.problem.ProblemDetailsAdvice;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The shared advice, plus two refusals it leaves to Spring's English defaults: a body
 * that is not JSON ({@code 415}) and a missing query parameter. Both get the same shape
 * as every other refusal: Norwegian text and {@code errors: [{field, message}]}. Being a
 * {@link ProblemDetailsAdvice}, it replaces the auto-configured one.
 */
@RestControllerAdvice
class RegistrationProblemDetailsAdvice extends ProblemDetailsAdvice {

	private static final String TYPE_BASE = "https://kulturskole.ks.no/problemer/";

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = "Forespørselen må sendes som JSON (Content-Type: application/json).";
		ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", message,
				"Content-Type");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = "Parameteren '" + ex.getParameterName() + "' må oppgis.";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "parameter-missing", message, ex.getParameterName());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/** Too many wrong secrets for one delegation: 429 with Retry-After. */
	@ExceptionHandler(TooManyAttempts.class)
	ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttempts ex) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", ex.getMessage(),
				"delegationId");
		problem.setTitle("For mange forsøk");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String rule, String message, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setType(URI.create(TYPE_BASE + rule));
		problem.setTitle("Ugyldig forespørsel");
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}
