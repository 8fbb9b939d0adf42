package no.ks.kulturskole.workshop.workshop.web;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import no.ks.kulturskole.api.workshop.QuestionBody;
import no.ks.kulturskole.api.workshop.QuestionsResponse;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.questions.model.Choice;
import no.ks.kulturskole.workshop.questions.model.LocalisedText;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.questions.model.QuestionForm;
import no.ks.kulturskole.workshop.questions.model.QuestionKind;
import no.ks.kulturskole.workshop.questions.model.QuestionScope;
import no.ks.kulturskole.workshop.workshop.model.Workshop;

/**
 * workshop-api's questions ({@link QuestionBody}) to the model's and back. Scope and kind
 * come as text and flags may be left out, so that a wrong or missing value is refused
 * naming the question's field (a JSON binding error could not say which question it was).
 */
final class QuestionBodies {

	private QuestionBodies() {
	}

	static List<Question> toQuestions(List<QuestionBody> bodies) {
		if (bodies == null) {
			return List.of();
		}
		return IntStream.range(0, bodies.size()).mapToObj(index -> {
			QuestionBody body = bodies.get(index);
			return (body != null) ? toQuestion(body, index) : null;
		}).toList();
	}

	static QuestionsResponse responseOf(Workshop workshop) {
		QuestionForm form = workshop.questions();
		return new QuestionsResponse(workshop.id(), form.version(),
				form.questions().stream().map(QuestionBodies::bodyOf).toList());
	}

	private static Question toQuestion(QuestionBody body, int index) {
		String field = "questions[" + index + "]";
		return new Question(body.questionId(), parsed(field + ".scope", body.scope(), QuestionScope::valueOf),
				parsed(field + ".kind", body.kind(), QuestionKind::valueOf), Boolean.TRUE.equals(body.required()),
				Boolean.TRUE.equals(body.personalData()), textOf(body.text()),
				body.choices()
					.stream()
					.map(choice -> (choice != null) ? new Choice(choice.choiceId(), textOf(choice.label())) : null)
					.toList());
	}

	static QuestionBody bodyOf(Question question) {
		return new QuestionBody(question.questionId(), nameOf(question.scope()), nameOf(question.kind()),
				question.required(), question.personalData(), bodyOf(question.text()),
				question.choices()
					.stream()
					.map(choice -> new QuestionBody.ChoiceBody(choice.choiceId(), bodyOf(choice.label())))
					.toList());
	}

	private static LocalisedText textOf(QuestionBody.TextBody text) {
		return (text != null) ? new LocalisedText(text.nb(), text.nn(), text.en()) : null;
	}

	private static QuestionBody.TextBody bodyOf(LocalisedText text) {
		return (text != null) ? new QuestionBody.TextBody(text.nb(), text.nn(), text.en()) : null;
	}

	private static String nameOf(Enum<?> value) {
		return (value != null) ? value.name() : null;
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

}
