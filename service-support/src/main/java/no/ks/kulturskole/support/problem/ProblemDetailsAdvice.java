package no.ks.kulturskole.support.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal answers {@code application/problem+json} and names the fields at fault in
 * an {@code errors} list: {@code [{"field": "participants[0].email", "message": "..."}]}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	static final String TYPE_BASE = "https://kulturskole.ks.no/problemer/";

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> ruleViolated(RuleViolation violation) {
		HttpStatus status = switch (violation) {
			case NotFound ignored -> HttpStatus.NOT_FOUND;
			case ConflictingState ignored -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = problem(status, violation.rule(), violation.getMessage(),
				List.of(new FieldError(violation.field(), violation.getMessage())));
		return ResponseEntity.status(status).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields", "Ugyldige felt: " + fields, errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldError error = fieldOf(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", error.message(), List.of(error));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = "Forespørselen må sendes som JSON (Content-Type: application/json).";
		ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", message,
				List.of(new FieldError("Content-Type", message)));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = "Parameteren '" + ex.getParameterName() + "' må oppgis.";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "parameter-missing", message,
				List.of(new FieldError(ex.getParameterName(), message)));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static FieldError fieldOf(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = path(databind.getPath());
			return new FieldError(field, "Feltet '" + field + "' har feil format eller en ukjent verdi.");
		}
		if (ex.getCause() instanceof JacksonException) {
			return new FieldError("body", "Forespørselen er ikke gyldig JSON.");
		}
		return new FieldError("body", "Forespørselen mangler innhold eller kan ikke leses.");
	}

	private static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * The one shape of every refusal: type from the rule, Norwegian title, the fields at
	 * fault.
	 */
	protected static ProblemDetail problem(HttpStatus status, String rule, String detail, String field) {
		return problem(status, rule, detail, List.of(new FieldError(field, detail)));
	}

	private static ProblemDetail problem(HttpStatus status, String rule, String detail, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + rule));
		problem.setTitle(switch (status) {
			case NOT_FOUND -> "Finnes ikke";
			case CONFLICT -> "Ikke mulig nå";
			case TOO_MANY_REQUESTS -> "For mange forsøk";
			case UNSUPPORTED_MEDIA_TYPE -> "Feil innholdstype";
			default -> "Ugyldig forespørsel";
		});
		problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
		return problem;
	}

	record FieldError(String field, String message) {

		Map<String, String> asMap() {
			return Map.of("field", this.field, "message", (this.message != null) ? this.message : "");
		}

	}

}
