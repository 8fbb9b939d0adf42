package no.ks.kulturskole.workshop.questions.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * The extra questions of a workshop's registration form (issue 17), at most
 * {@link #MAX_QUESTIONS}.
 * <p>
 * Once a workshop is published, delegations may already have answered, so the form may
 * only grow: every question keeps its id, scope, kind and choices (texts may be improved,
 * choices added), and a new question, or one made required, would leave the delegations
 * registered before without an answer they must give, so it must be optional. A draft's
 * form can be changed freely.
 *
 * @param version raised by every change, carried as {@code formVersion} so that
 * registration never puts back an older form
 */
public record QuestionForm(int version, List<Question> questions) {

	public static final int MAX_QUESTIONS = 10;

	public static final QuestionForm EMPTY = new QuestionForm(0, List.of());

	public QuestionForm {
		questions = (questions != null) ? List.copyOf(questions) : List.of();
	}

	public boolean isEmpty() {
		return this.questions.isEmpty();
	}

	/**
	 * The form with {@code requested} as its questions, checked; this very form when
	 * nothing changes.
	 * @param answersMayExist whether delegations may have answered (the workshop was
	 * published): then only additive changes are accepted
	 */
	public QuestionForm changedTo(List<Question> requested, boolean answersMayExist) {
		List<Question> questions = (requested != null) ? requested : List.of();
		check(questions);
		if (questions.equals(this.questions)) {
			return this;
		}
		if (answersMayExist) {
			checkAdditive(questions);
		}
		return new QuestionForm(this.version + 1, questions);
	}

	private static void check(List<Question> questions) {
		if (questions.size() > MAX_QUESTIONS) {
			throw new RuleViolation("questions", "too-many-questions",
					"Et påmeldingsskjema kan ha høyst " + MAX_QUESTIONS + " ekstra spørsmål.");
		}
		Set<String> ids = new HashSet<>();
		for (int index = 0; index < questions.size(); index++) {
			Question question = questions.get(index);
			String field = "questions[" + index + "]";
			if (question == null) {
				throw new RuleViolation(field, "question-missing", "Spørsmålet mangler.");
			}
			question.check(field);
			if (!ids.add(question.questionId())) {
				throw new RuleViolation(field + ".questionId", "question-repeated", "To spørsmål har samme id.");
			}
		}
	}

	private void checkAdditive(List<Question> requested) {
		Map<String, Question> before = this.questions.stream()
			.collect(Collectors.toMap(Question::questionId, Function.identity()));
		Set<String> kept = requested.stream().map(Question::questionId).collect(Collectors.toSet());
		for (Question old : this.questions) {
			if (!kept.contains(old.questionId())) {
				throw refused("questions", "Spørsmålet «" + old.questionId()
						+ "» kan ikke fjernes etter at verkstedet er publisert: noen kan ha svart på det.");
			}
		}
		for (int index = 0; index < requested.size(); index++) {
			Question now = requested.get(index);
			Question old = before.get(now.questionId());
			String field = "questions[" + index + "]";
			if (old == null || (!old.required())) {
				if (now.required()) {
					throw refused(field + ".required", "Et publisert verksted kan bare få nye spørsmål som ikke er "
							+ "obligatoriske: de som alt er påmeldt, har ikke svart.");
				}
				if (old == null) {
					continue;
				}
			}
			if (old.scope() != now.scope() || old.kind() != now.kind()
					|| !now.choiceIds().containsAll(old.choiceIds())) {
				throw refused(field + ".kind", "Et publisert verksted beholder spørsmålenes svartype, hvem de "
						+ "gjelder og svaralternativene; tekster kan endres og alternativer legges til.");
			}
		}
	}

	private static ConflictingState refused(String field, String message) {
		return new ConflictingState(field, "questions-additive-only", message);
	}

}
