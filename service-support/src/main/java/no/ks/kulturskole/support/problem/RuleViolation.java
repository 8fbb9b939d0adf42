package no.ks.kulturskole.support.problem;

/**
 * A request broke a rule of the domain. Plain Java so that domain models can throw it
 * without knowing about HTTP; {@link ProblemDetailsAdvice} answers it as problem+json.
 *
 * @see NotFound
 * @see ConflictingState
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String rule;

	/**
	 * @param field the request field that broke the rule, in JSON path form, e.g.
	 * {@code participants[1].email}
	 * @param rule a short stable name of the rule, e.g. {@code municipality-unknown}
	 * @param message what a person should read, in Norwegian
	 */
	public RuleViolation(String field, String rule, String message) {
		super(message);
		this.field = field;
		this.rule = rule;
	}

	public String field() {
		return this.field;
	}

	public String rule() {
		return this.rule;
	}

}
