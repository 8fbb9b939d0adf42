package no.ks.kulturskole.workshop.workshop.web;

import java.util.List;

import no.ks.kulturskole.api.workshop.QuestionBody;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.workshop.questions.model.Choice;
import no.ks.kulturskole.workshop.questions.model.LocalisedText;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.questions.model.QuestionKind;
import no.ks.kulturskole.workshop.questions.model.QuestionScope;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * workshop-api's {@link QuestionBody} carries a question as the model has it (issue 18):
 * written as before (the model's own JSON, a text not written as null), and read back to
 * the same question; a wrong kind is refused naming the question's field.
 */
class QuestionBodiesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Question DIET = new Question("diet", QuestionScope.PARTICIPANT, QuestionKind.SEVERAL_CHOICES,
			false, true, new LocalisedText("Hensyn til kosthold", "Omsyn til kosthald", null),
			List.of(new Choice("vegetarian", new LocalisedText("Vegetar", null, "Vegetarian")),
					new Choice("gluten-free", new LocalisedText("Glutenfritt", null, null))));

	@Test
	void aQuestionIsWrittenAsTheModelWritesItAndReadBackTheSame() {
		QuestionBody body = QuestionBodies.bodyOf(DIET);

		JsonNode written = JSON.valueToTree(body);
		JsonNode model = JSON.valueToTree(DIET);
		assertThat(written.get("scope").asString()).isEqualTo("PARTICIPANT");
		for (String field : List.of("questionId", "scope", "kind", "required", "personalData", "text", "choices")) {
			assertThat(written.get(field)).as(field).isEqualTo(model.get(field));
		}
		assertThat(written.get("choices").get(0).get("label").get("en").asString()).isEqualTo("Vegetarian");

		QuestionBody read = JSON.readValue(JSON.writeValueAsString(body), QuestionBody.class);
		assertThat(QuestionBodies.toQuestions(List.of(read))).containsExactly(DIET);
	}

	@Test
	void anUnknownKindIsRefusedNamingTheQuestion() {
		QuestionBody body = new QuestionBody("hotel", "DELEGATION", "MAYBE", true, null,
				new QuestionBody.TextBody("Trenger dere hotell?", null, null), null);

		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> QuestionBodies.toQuestions(List.of(QuestionBodies.bodyOf(DIET), body)))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("questions[1].kind"));
	}

}
