package no.ks.kulturskole.registration.evaluation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the evaluation's questions and answers, and how answers add up. */
class EvaluationFormTests {

	@Test
	void theDefaultSetAsksThreeScalesAndTwoTextsInAllThreeLanguages() {
		EvaluationForm form = EvaluationForm.defaults();

		assertThat(form.standard()).isTrue();
		assertThat(form.questions()).extracting(EvaluationQuestion::kind)
			.containsExactly(QuestionKind.SCALE_1_TO_5, QuestionKind.SCALE_1_TO_5, QuestionKind.SCALE_1_TO_5,
					QuestionKind.FREE_TEXT, QuestionKind.FREE_TEXT);
		assertThat(form.questions()).allSatisfy(question -> {
			assertThat(question.text().nb()).isNotBlank();
			assertThat(question.text().nn()).isNotBlank().isNotEqualTo(question.text().nb());
			assertThat(question.text().en()).isNotBlank();
		});
	}

	@Test
	void staffQuestionsAreNumberedByPositionAndFallBackToBokmal() {
		EvaluationForm form = EvaluationForm
			.of(List.of(new EvaluationForm.Draft(QuestionKind.FREE_TEXT, new QuestionText(" Hva? ", " ", null))));

		assertThat(form.standard()).isFalse();
		assertThat(form.questions()).singleElement().satisfies(question -> {
			assertThat(question.id()).isEqualTo("q1");
			assertThat(question.text().in("nn")).isEqualTo("Hva?");
			assertThat(question.text().in("en")).isEqualTo("Hva?");
		});
	}

	@Test
	void aQuestionWithoutBokmalAKindOrTooManyQuestionsAreRefusedByField() {
		List<EvaluationForm.Draft> eleven = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			eleven.add(new EvaluationForm.Draft(QuestionKind.FREE_TEXT, new QuestionText("Spørsmål", null, null)));
		}
		assertThatThrownBy(() -> EvaluationForm.of(eleven)).isInstanceOfSatisfying(RuleViolation.class,
				violation -> assertThat(violation.field()).isEqualTo("questions"));
		assertThatThrownBy(() -> EvaluationForm
			.of(List.of(new EvaluationForm.Draft(QuestionKind.FREE_TEXT, new QuestionText("Hva?", null, null)),
					new EvaluationForm.Draft(QuestionKind.FREE_TEXT, new QuestionText("Hva?", null, null)),
					new EvaluationForm.Draft(QuestionKind.FREE_TEXT, new QuestionText("Hva?", null, null)),
					new EvaluationForm.Draft(QuestionKind.SCALE_1_TO_5, new QuestionText(" ", "Kva?", null)))))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.field()).isEqualTo("questions[3].text.nb"));
		assertThatThrownBy(
				() -> EvaluationForm.of(List.of(new EvaluationForm.Draft(null, new QuestionText("Hva?", null, null)))))
			.isInstanceOfSatisfying(RuleViolation.class,
					violation -> assertThat(violation.field()).isEqualTo("questions[0].kind"));
		assertThatThrownBy(() -> EvaluationForm.of(List.of())).isInstanceOf(RuleViolation.class);
	}

	@Test
	void answersAreCheckedAgainstTheFormAndBlanksAreNoAnswer() {
		EvaluationForm form = EvaluationForm.defaults();

		assertThat(SubmittedAnswers.check(form, Map.of("q1", " 4 ", "q4", "Bra", "q5", "")))
			.containsExactly(new Answer("q1", 4, null), new Answer("q4", null, "Bra"));
		assertThatThrownBy(() -> SubmittedAnswers.check(form, Map.of("q2", "0"))).isInstanceOfSatisfying(
				RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("answers.q2"));
		assertThatThrownBy(() -> SubmittedAnswers.check(form, Map.of("q3", "fem"))).isInstanceOfSatisfying(
				RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("answers.q3"));
		assertThatThrownBy(() -> SubmittedAnswers.check(form, Map.of("q4", "x".repeat(4001)))).isInstanceOfSatisfying(
				RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("answers.q4"));
		assertThatThrownBy(() -> SubmittedAnswers.check(form, Map.of("q1", " "))).isInstanceOfSatisfying(
				RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("answers"));
	}

	@Test
	void resultsCountMeanAndDistributionPerScaleAndListTheTexts() {
		EvaluationForm form = EvaluationForm.defaults();
		List<List<Answer>> submitted = List.of(List.of(new Answer("q1", 5, null), new Answer("q4", null, "Alt")),
				List.of(new Answer("q1", 4, null)), List.of(new Answer("q1", 4, null), new Answer("q2", 1, null)));

		EvaluationResults results = EvaluationResults.of("w-1", form, 7, submitted);

		assertThat(results.linksIssued()).isEqualTo(7);
		assertThat(results.answered()).isEqualTo(3);
		EvaluationResults.QuestionResult useful = results.questions().get(0);
		assertThat(useful.answers()).isEqualTo(3);
		assertThat(useful.mean()).isEqualTo(4.33);
		assertThat(useful.distribution()).containsExactly(0L, 0L, 0L, 2L, 1L);
		assertThat(results.questions().get(2).mean()).as("nobody answered").isNull();
		assertThat(results.questions().get(3).texts()).containsExactly("Alt");
		assertThat(results.questions().get(3).distribution()).isNull();
	}

}
