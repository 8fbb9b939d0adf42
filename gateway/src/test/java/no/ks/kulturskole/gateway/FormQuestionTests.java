package no.ks.kulturskole.gateway;

import java.util.List;

import no.ks.kulturskole.gateway.pages.FormQuestion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the pages' {@link FormQuestion} is a view of the shared
 * {@code RegistrationQuestion}; a page that still reads a question from a service's JSON
 * (the staff questions page) reads the shared record's JSON into it.
 */
class FormQuestionTests {

	private static final String DIET = """
			{"questionId":"diet","scope":"PARTICIPANT","kind":"SEVERAL_CHOICES","required":false,"personalData":true,
			 "text":{"nb":"Hensyn til kosthold","nn":null,"en":"Dietary needs"},
			 "choices":[{"choiceId":"vegetarian","label":{"nb":"Vegetar","en":"Vegetarian"}},
			            {"choiceId":"gluten-free","label":{"nb":"Glutenfritt"}}]}""";

	@Test
	void aQuestionReadFromTheSharedJsonKeepsItsScopeKindAndChoices() {
		FormQuestion diet = JsonMapper.builder().build().readValue(DIET, FormQuestion.class);

		assertThat(diet.questionId()).isEqualTo("diet");
		assertThat(diet.forDelegation()).isFalse();
		assertThat(diet.grouped()).isTrue();
		assertThat(diet.personalData()).isTrue();
		assertThat(diet.choices()).extracting(FormQuestion.Choice::choiceId)
			.containsExactly("vegetarian", "gluten-free");
	}

	@Test
	void aTextMissingInThePagesLanguageFallsBackToBokmalAndSaysSo() {
		FormQuestion diet = JsonMapper.builder().build().readValue(DIET, FormQuestion.class);

		assertThat(diet.label("en")).isEqualTo("Dietary needs");
		assertThat(diet.text().langIn("en")).isNull();
		assertThat(diet.label("nn")).isEqualTo("Hensyn til kosthold");
		assertThat(diet.text().langIn("nn")).isEqualTo("nb");
		assertThat(diet.choices()).extracting((choice) -> choice.label("en"))
			.containsExactly("Vegetarian", "Glutenfritt");
		assertThat(FormQuestion.of(List.of())).isEmpty();
	}

}
