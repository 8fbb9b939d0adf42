package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.reporting.workshopreport.model.FormAnswers;
import no.ks.kulturskole.reporting.workshopreport.model.FormQuestion;

/** The extra questions' events as the report keeps them (issue 17). */
final class FormContents {

	private FormContents() {
	}

	static List<FormQuestion> questionsOf(WorkshopQuestionsChanged changed) {
		return changed.questions().stream().map(FormContents::questionOf).toList();
	}

	private static FormQuestion questionOf(RegistrationQuestion question) {
		Map<String, String> choices = new LinkedHashMap<>();
		question.choices()
			.forEach(choice -> choices.put(choice.choiceId(),
					(choice.label() != null) ? choice.label().nb() : choice.choiceId()));
		return new FormQuestion(question.questionId(), question.scope(), question.kind(),
				(question.text() != null) ? question.text().nb() : question.questionId(), question.personalData(),
				choices);
	}

	/**
	 * Answers whose values are gone (the delegation's key was erased before they were
	 * read) are left out: nothing of them is kept.
	 */
	static FormAnswers answersOf(DelegationAnswersGiven given) {
		return new FormAnswers(given.delegationId(), given.answersVersion(), given.answers()
			.stream()
			.filter(answer -> answer.values() != null && !answer.values().isEmpty())
			.map(answer -> new FormAnswers.FormAnswer(answer.questionId(), answer.participantId(), answer.values()))
			.toList());
	}

}
