package no.ks.kulturskole.support.problem;

/**
 * The request is well-formed but the thing it acts on is not in a state that allows it.
 */
public class ConflictingState extends RuleViolation {

	public ConflictingState(String field, String rule, String message) {
		super(field, rule, message);
	}

}
