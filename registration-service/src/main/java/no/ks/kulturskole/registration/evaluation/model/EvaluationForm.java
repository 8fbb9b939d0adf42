package no.ks.kulturskole.registration.evaluation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.support.problem.RuleViolation;

/**
 * The questions of a workshop's evaluation (issue 16): at most {@value #MAX_QUESTIONS},
 * each a 1–5 scale or free text, with a bokmål text. Staff set them; until they do, the
 * {@link #defaults() default set} applies. Questions get their ids from their position,
 * so a form is only ever replaced as a whole.
 */
public record EvaluationForm(List<EvaluationQuestion> questions, boolean standard) {

	public static final int MAX_QUESTIONS = 10;

	static final int MAX_TEXT = 300;

	public EvaluationForm {
		questions = List.copyOf(questions);
	}

	/** What every workshop asks until staff set their own questions. */
	public static EvaluationForm defaults() {
		return new EvaluationForm(numbered(List.of(
				new Draft(QuestionKind.SCALE_1_TO_5,
						new QuestionText("Hvor nyttig var økten for deg?", "Kor nyttig var økta for deg?",
								"How useful was the session for you?")),
				new Draft(QuestionKind.SCALE_1_TO_5,
						new QuestionText("Hvor relevant var innholdet for vår kulturskole?",
								"Kor relevant var innhaldet for kulturskulen vår?",
								"How relevant was the content for our kulturskole (school of music and arts)?")),
				new Draft(QuestionKind.SCALE_1_TO_5,
						new QuestionText("Hvor godt fungerte organiseringen og formatet?",
								"Kor godt fungerte organiseringa og formatet?",
								"How well did the organisation and format work?")),
				new Draft(QuestionKind.FREE_TEXT,
						new QuestionText("Hva fungerte godt?", "Kva fungerte godt?", "What worked well?")),
				new Draft(QuestionKind.FREE_TEXT,
						new QuestionText("Hva kan bli bedre?", "Kva kan bli betre?", "What could be improved?")))),
				true);
	}

	/**
	 * Staff's questions, checked.
	 * @throws RuleViolation naming the first field that breaks a rule, e.g.
	 * {@code questions[3].text.nb}
	 */
	public static EvaluationForm of(List<Draft> drafts) {
		if (drafts == null || drafts.isEmpty()) {
			throw new RuleViolation("questions", "evaluation-questions-missing", "Oppgi minst ett spørsmål.");
		}
		if (drafts.size() > MAX_QUESTIONS) {
			throw new RuleViolation("questions", "evaluation-questions-too-many",
					"Høyst " + MAX_QUESTIONS + " spørsmål per verksted.");
		}
		for (int i = 0; i < drafts.size(); i++) {
			Draft draft = drafts.get(i);
			String at = "questions[" + i + "]";
			if (draft == null || draft.kind() == null) {
				throw new RuleViolation(at + ".kind", "evaluation-question-kind",
						"Velg om spørsmålet besvares på en skala fra 1 til 5 eller med fritekst.");
			}
			QuestionText text = draft.text();
			if (text == null || text.nb() == null || text.nb().isBlank()) {
				throw new RuleViolation(at + ".text.nb", "evaluation-question-text", "Skriv spørsmålet på bokmål.");
			}
			requireShort(text.nb(), at + ".text.nb");
			requireShort(text.nn(), at + ".text.nn");
			requireShort(text.en(), at + ".text.en");
		}
		return new EvaluationForm(numbered(drafts), false);
	}

	public Optional<EvaluationQuestion> question(String id) {
		return this.questions.stream().filter((question) -> question.id().equals(id)).findFirst();
	}

	private static void requireShort(String text, String field) {
		if (text != null && text.strip().length() > MAX_TEXT) {
			throw new RuleViolation(field, "evaluation-question-too-long",
					"Spørsmålet kan ha høyst " + MAX_TEXT + " tegn.");
		}
	}

	private static List<EvaluationQuestion> numbered(List<Draft> drafts) {
		List<EvaluationQuestion> questions = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			Draft draft = drafts.get(i);
			QuestionText text = draft.text();
			questions.add(new EvaluationQuestion("q" + (i + 1), draft.kind(),
					new QuestionText(text.nb().strip(), blankToNull(text.nn()), blankToNull(text.en()))));
		}
		return questions;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A question as staff wrote it, before it is checked and numbered. */
	public record Draft(QuestionKind kind, QuestionText text) {
	}

}
