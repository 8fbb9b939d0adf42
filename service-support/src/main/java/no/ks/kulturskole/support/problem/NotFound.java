package no.ks.kulturskole.support.problem;

/** What was asked for does not exist (or the caller may not know that it does). */
public class NotFound extends RuleViolation {

	public NotFound(String field, String message) {
		super(field, "not-found", message);
	}

}
