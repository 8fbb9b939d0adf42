package no.ks.kulturskole.workshop.questions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The form's own rules: at most ten, each kind's shape, and only additive once published.
 */
class QuestionFormTests {

	static Question text(String id, boolean required) {
		return new Question(id, QuestionScope.DELEGATION, QuestionKind.SHORT_TEXT, required, false,
				new LocalisedText("Spørsmål " + id, null, null), List.of());
	}

	static Question diet(boolean required, String... choiceIds) {
		return new Question("diet", QuestionScope.PARTICIPANT, QuestionKind.SEVERAL_CHOICES, required, true,
				new LocalisedText("Kosthold", "Kosthald", "Diet"),
				List.of(choiceIds).stream().map(id -> new Choice(id, new LocalisedText(id, null, null))).toList());
	}

	@Test
	void aDraftTakesUpToTenQuestionsOfEveryKindAndRaisesItsVersion() {
		List<Question> ten = new ArrayList<>(IntStream.range(0, 8).mapToObj(i -> text("q" + i, i % 2 == 0)).toList());
		ten.add(diet(false, "vegetarian", "vegan"));
		ten.add(new Question("hotel", QuestionScope.DELEGATION, QuestionKind.YES_NO, true, false,
				new LocalisedText("Hotell?", null, null), null));

		QuestionForm form = QuestionForm.EMPTY.changedTo(ten, false);

		assertThat(form.version()).isEqualTo(1);
		assertThat(form.questions()).hasSize(10);
		assertThat(form.changedTo(ten, false)).as("nothing changed").isSameAs(form);
	}

	@Test
	void elevenQuestionsAreRefusedNamingTheList() {
		List<Question> eleven = IntStream.range(0, 11).mapToObj(i -> text("q" + i, false)).toList();

		assertThatThrownBy(() -> QuestionForm.EMPTY.changedTo(eleven, false)).isInstanceOf(RuleViolation.class)
			.extracting("field")
			.isEqualTo("questions");
	}

	@Test
	void eachBrokenRuleNamesTheQuestionsField() {
		assertField(List.of(text("ok", false), text("Not an id", false)), "questions[1].questionId");
		assertField(List.of(text("same", false), text("same", false)), "questions[1].questionId");
		assertField(List.of(new Question("x", QuestionScope.DELEGATION, QuestionKind.LONG_TEXT, false, false,
				new LocalisedText(" ", "nynorsk", null), List.of())), "questions[0].text.nb");
		assertField(List.of(diet(false, "only-one")), "questions[0].choices");
		assertField(List.of(diet(false, "a", "a")), "questions[0].choices[1].choiceId");
		assertField(List.of(new Question("x", QuestionScope.DELEGATION, null, false, false,
				new LocalisedText("Tekst", null, null), List.of())), "questions[0].kind");
		assertField(List.of(new Question("x", null, QuestionKind.YES_NO, false, false,
				new LocalisedText("Tekst", null, null), List.of())), "questions[0].scope");
		assertField(
				List.of(new Question("x", QuestionScope.DELEGATION, QuestionKind.YES_NO, false, false,
						new LocalisedText("Tekst", null, null), diet(false, "a", "b").choices())),
				"questions[0].choices");
		assertField(List.of(new Question("x", QuestionScope.DELEGATION, QuestionKind.SHORT_TEXT, false, false,
				new LocalisedText("Tekst", null, "x".repeat(301)), List.of())), "questions[0].text.en");
	}

	@Test
	void onceAnsweredTheFormOnlyGrowsWithOptionalQuestions() {
		QuestionForm published = QuestionForm.EMPTY.changedTo(List.of(text("hotel", true), diet(false, "a", "b")),
				false);

		QuestionForm grown = published
			.changedTo(List.of(text("hotel", true), diet(false, "a", "b", "c"), text("arrival", false)), true);
		assertThat(grown.version()).isEqualTo(2);
		assertConflict(published, List.of(diet(false, "a", "b")), "questions");
		assertConflict(published, List.of(text("hotel", true), diet(false, "a", "b"), text("new", true)),
				"questions[2].required");
		assertConflict(published, List.of(text("hotel", true), diet(true, "a", "b")), "questions[1].required");
		assertConflict(published, List.of(text("hotel", true), diet(false, "a", "c")), "questions[1].kind");
		// a draft is nobody's form yet: anything goes
		assertThat(published.changedTo(List.of(text("new", true)), false).questions()).hasSize(1);
	}

	private static void assertField(List<Question> questions, String field) {
		assertThatThrownBy(() -> QuestionForm.EMPTY.changedTo(questions, false)).isInstanceOf(RuleViolation.class)
			.extracting("field")
			.isEqualTo(field);
	}

	private static void assertConflict(QuestionForm form, List<Question> questions, String field) {
		assertThatThrownBy(() -> form.changedTo(questions, true)).isInstanceOf(ConflictingState.class)
			.extracting("field")
			.isEqualTo(field);
	}

}
