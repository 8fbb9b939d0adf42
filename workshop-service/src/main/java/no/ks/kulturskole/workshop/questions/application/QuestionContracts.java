package no.ks.kulturskole.workshop.questions.application;

import java.util.List;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.workshop.questions.model.Choice;
import no.ks.kulturskole.workshop.questions.model.LocalisedText;
import no.ks.kulturskole.workshop.questions.model.Question;
import no.ks.kulturskole.workshop.questions.model.QuestionForm;

/** The form's questions as {@code WorkshopQuestionsChanged} carries them. */
public final class QuestionContracts {

	private QuestionContracts() {
	}

	public static List<RegistrationQuestion> of(QuestionForm form) {
		return form.questions().stream().map(QuestionContracts::of).toList();
	}

	private static RegistrationQuestion of(Question question) {
		return new RegistrationQuestion(question.questionId(), question.scope().name(), question.kind().name(),
				question.required(), question.personalData(), of(question.text()),
				question.choices().stream().map(QuestionContracts::of).toList());
	}

	private static RegistrationQuestion.QuestionChoice of(Choice choice) {
		return new RegistrationQuestion.QuestionChoice(choice.choiceId(), of(choice.label()));
	}

	private static RegistrationQuestion.LocalisedText of(LocalisedText text) {
		return new RegistrationQuestion.LocalisedText(text.nb(), text.nn(), text.en());
	}

}
