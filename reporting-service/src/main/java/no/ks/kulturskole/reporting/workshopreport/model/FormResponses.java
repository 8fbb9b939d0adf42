package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft's extra registration questions (issue 17) and the delegations' answers to them:
 * the form as last announced, and per delegation its newest answers only, so a late copy
 * never moves them back.
 * <p>
 * Not thread-safe, like the draft that holds it.
 */
final class FormResponses {

	/** The extra registration questions as last announced. */
	private List<FormQuestion> questions;

	/** Per delegation: its answers, newest version only. */
	private final Map<String, FormAnswers> answers = new LinkedHashMap<>();

	FormResponses(List<FormQuestion> questions, List<FormAnswers> answers) {
		this.questions = List.copyOf(questions);
		answers.forEach(given -> this.answers.put(given.delegationId(), given));
	}

	/** The whole form as it now stands. */
	void questionsChanged(List<FormQuestion> form) {
		this.questions = List.copyOf(form);
	}

	/**
	 * A delegation's answers, all of them: replace what is held unless that is newer.
	 * Answers whose values could not be read (erased) are left out.
	 */
	void answersGiven(FormAnswers given) {
		FormAnswers held = this.answers.get(given.delegationId());
		if (held != null && held.version() >= given.version()) {
			return;
		}
		if (given.answers().isEmpty()) {
			// nothing readable (all taken back, or erased before it was read): nothing
			// kept, as the erasure of the live report keeps nothing
			this.answers.remove(given.delegationId());
		}
		else {
			this.answers.put(given.delegationId(), given);
		}
	}

	List<FormQuestion> questions() {
		return this.questions;
	}

	List<FormAnswers> answers() {
		return List.copyOf(this.answers.values());
	}

}
