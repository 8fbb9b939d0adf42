package no.ks.kulturskole.workshop.questions.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * One extra question on a workshop's registration form.
 *
 * @param questionId stable within the workshop: the answers and the problems about them
 * name it ({@code answers.diet})
 * @param personalData staff mark health-related questions (diet, accessibility): their
 * answers are shown to staff only and erased with the delegation
 * @param choices for {@link QuestionKind#hasChoices() choice kinds} only
 */
public record Question(String questionId, QuestionScope scope, QuestionKind kind, boolean required,
		boolean personalData, LocalisedText text, List<Choice> choices) {

	/** Short enough for a form label, long enough for a question with an example. */
	static final int MAX_TEXT = 300;

	static final int MAX_LABEL = 100;

	static final int MAX_CHOICES = 15;

	/** Lower-case words with dashes: readable in exports and in problem field names. */
	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public Question {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	/** Refuses what breaks a rule, naming the field under {@code field}. */
	void check(String field) {
		if (this.questionId == null || !ID.matcher(this.questionId).matches()) {
			throw new RuleViolation(field + ".questionId", "question-id-format",
					"Id-en kan ha små bokstaver (a–z), sifre og bindestrek, høyst 40 tegn.");
		}
		if (this.scope == null) {
			throw new RuleViolation(field + ".scope", "question-scope-missing",
					"Velg om spørsmålet gjelder delegasjonen eller hver deltaker.");
		}
		if (this.kind == null) {
			throw new RuleViolation(field + ".kind", "question-kind-missing", "Velg svartype.");
		}
		if (this.text == null) {
			throw new RuleViolation(field + ".text.nb", "question-text-missing", "Teksten på bokmål må fylles ut.");
		}
		this.text.check(field + ".text", MAX_TEXT);
		checkChoices(field + ".choices");
	}

	private void checkChoices(String field) {
		if (!this.kind.hasChoices()) {
			if (!this.choices.isEmpty()) {
				throw new RuleViolation(field, "question-choices-not-allowed",
						"Bare spørsmål med ett eller flere valg har svaralternativer.");
			}
			return;
		}
		if (this.choices.size() < 2 || this.choices.size() > MAX_CHOICES) {
			throw new RuleViolation(field, "question-choices-count",
					"Et spørsmål med valg har fra 2 til " + MAX_CHOICES + " svaralternativer.");
		}
		Set<String> ids = new HashSet<>();
		for (int index = 0; index < this.choices.size(); index++) {
			Choice choice = this.choices.get(index);
			String at = field + "[" + index + "]";
			if (choice == null || choice.choiceId() == null || !ID.matcher(choice.choiceId()).matches()) {
				throw new RuleViolation(at + ".choiceId", "question-id-format",
						"Id-en kan ha små bokstaver (a–z), sifre og bindestrek, høyst 40 tegn.");
			}
			if (!ids.add(choice.choiceId())) {
				throw new RuleViolation(at + ".choiceId", "question-choice-repeated",
						"To svaralternativer har samme id.");
			}
			if (choice.label() == null) {
				throw new RuleViolation(at + ".label.nb", "question-text-missing", "Teksten på bokmål må fylles ut.");
			}
			choice.label().check(at + ".label", MAX_LABEL);
		}
	}

	List<String> choiceIds() {
		return this.choices.stream().map(Choice::choiceId).toList();
	}

}
