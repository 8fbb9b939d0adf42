package no.ks.kulturskole.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A refusal as every service writes it ({@code application/problem+json},
 * service-support's ProblemDetailsAdvice), read by a caller: the summary and the fields
 * it names. One record for all callers (issue 18), so a page shows a service's refusal
 * the same way wherever it comes from.
 *
 * @param detail the summary; {@code null} when the service gave none
 * @param errors the fields refused, each with its message; empty when the refusal is not
 * about a field
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String detail, List<FieldProblem> errors) {

	public Problem {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** A refusal with nothing more to say than its status. */
	public static Problem none() {
		return new Problem(null, List.of());
	}

	/** A refusal of one field, e.g. one the caller could not even send. */
	public static Problem ofField(String field, String message) {
		return new Problem(null, List.of(new FieldProblem(field, message)));
	}

	/**
	 * @param field the field's path in the request, e.g. {@code sessions[0].capacity}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record FieldProblem(String field, String message) {
	}

}
