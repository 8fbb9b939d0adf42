package no.ks.kulturskole.workshop.workshop.web;

import java.util.List;
import java.util.function.Function;

import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.questions.model.Choice;
import no.ks.kulturskole.workshop.questions.model.LocalisedText;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.questions.model.QuestionKind;
import no.ks.kulturskole.workshop.questions.model.QuestionScope;

/**
 * One question as staff send it. Scope and kind come as text and flags may be left out,
 * so that a wrong or missing value is refused naming the question's field (a JSON binding
 * error could not say which question it was).
 */
record QuestionRequest(String questionId, String scope, String kind, Boolean required, Boolean personalData,
		LocalisedText text, List<Choice> choices) {

	Question toQuestion(int index) {
		String field = "questions[" + index + "]";
		return new Question(this.questionId, parsed(field + ".scope", this.scope, QuestionScope::valueOf),
				parsed(field + ".kind", this.kind, QuestionKind::valueOf), Boolean.TRUE.equals(this.required),
				Boolean.TRUE.equals(this.personalData), this.text, this.choices);
	}

	/** {@code null} when missing: the model names it as missing. */
	private static <E extends Enum<E>> E parsed(String field, String value, Function<String, E> valueOf) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf.apply(value.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw new RuleViolation(field, "question-value-unknown", "Ukjent verdi: " + value.strip() + ".");
		}
	}

	static List<Question> toQuestions(List<QuestionRequest> requests) {
		if (requests == null) {
			return List.of();
		}
		return java.util.stream.IntStream.range(0, requests.size()).mapToObj(index -> {
			QuestionRequest request = requests.get(index);
			return (request != null) ? request.toQuestion(index) : null;
		}).toList();
	}

}
