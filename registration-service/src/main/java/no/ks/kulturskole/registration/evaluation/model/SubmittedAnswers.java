package no.ks.kulturskole.registration.evaluation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * What an attendee answered, checked against the form. Every question may be left
 * unanswered (a blank is no answer), but not all of them, and nothing is accepted that
 * the form does not ask.
 */
public final class SubmittedAnswers {

	static final int MAX_TEXT = 4000;

	private SubmittedAnswers() {
	}

	/**
	 * @param raw question id to what was entered, as a form or JSON sends it
	 * @return the answers, in the form's order
	 * @throws RuleViolation naming the question, e.g. {@code answers.q2}
	 */
	public static List<Answer> check(EvaluationForm form, Map<String, String> raw) {
		Map<String, String> given = (raw != null) ? raw : Map.of();
		for (String id : given.keySet()) {
			if (form.question(id).isEmpty()) {
				throw new RuleViolation("answers." + id, "evaluation-question-unknown",
						"Evalueringen har ikke dette spørsmålet.");
			}
		}
		List<Answer> answers = new ArrayList<>();
		for (EvaluationQuestion question : form.questions()) {
			String value = given.get(question.id());
			if (value == null || value.isBlank()) {
				continue;
			}
			String field = "answers." + question.id();
			if (question.kind() == QuestionKind.SCALE_1_TO_5) {
				answers.add(new Answer(question.id(), scale(value.strip(), field), null));
			}
			else {
				if (value.strip().length() > MAX_TEXT) {
					throw new RuleViolation(field, "evaluation-answer-too-long",
							"Svaret kan ha høyst " + MAX_TEXT + " tegn.");
				}
				answers.add(new Answer(question.id(), null, value.strip()));
			}
		}
		if (answers.isEmpty()) {
			throw new RuleViolation("answers", "evaluation-answers-missing", "Svar på minst ett av spørsmålene.");
		}
		return answers;
	}

	private static int scale(String value, String field) {
		if (value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5') {
			return value.charAt(0) - '0';
		}
		throw new RuleViolation(field, "evaluation-scale", "Velg et tall fra 1 til 5.");
	}

}
