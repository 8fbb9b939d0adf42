package no.ks.kulturskole.registration.evaluation.web;

import java.util.List;

import no.ks.kulturskole.api.registration.EvaluationQuestionDraft;
import no.ks.kulturskole.api.registration.EvaluationQuestionKind;
import no.ks.kulturskole.api.registration.EvaluationQuestionResult;
import no.ks.kulturskole.api.registration.EvaluationQuestionView;
import no.ks.kulturskole.api.registration.EvaluationQuestionsRequest;
import no.ks.kulturskole.api.registration.EvaluationQuestionsResponse;
import no.ks.kulturskole.api.registration.EvaluationResultsResponse;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion.LocalisedText;
import no.ks.kulturskole.registration.evaluation.model.EvaluationForm;
import no.ks.kulturskole.registration.evaluation.model.EvaluationQuestion;
import no.ks.kulturskole.registration.evaluation.model.EvaluationResults;
import no.ks.kulturskole.registration.evaluation.model.QuestionKind;
import no.ks.kulturskole.registration.evaluation.model.QuestionText;

/**
 * The staff evaluation's model as registration-api's records, which the gateway's
 * evaluation page shares (issue 18): the mapping lives here, with the controllers, so the
 * records stay free of the model and the model free of the contract.
 */
final class EvaluationViews {

	private EvaluationViews() {
	}

	static EvaluationQuestionsResponse questions(EvaluationForm form) {
		return new EvaluationQuestionsResponse(form.questions().stream().map(EvaluationViews::question).toList(),
				form.standard());
	}

	static EvaluationResultsResponse results(EvaluationResults results) {
		return new EvaluationResultsResponse(results.workshopId(), results.linksIssued(), results.answered(),
				results.questions()
					.stream()
					.map((question) -> new EvaluationQuestionResult(question.questionId(), kind(question.kind()),
							text(question.text()), question.answers(), question.mean(), question.distribution(),
							question.texts()))
					.toList());
	}

	/**
	 * The drafts as the model checks them: a missing list or question stays missing, so
	 * the model refuses it by field.
	 */
	static List<EvaluationForm.Draft> drafts(EvaluationQuestionsRequest request) {
		if (request == null || request.questions() == null) {
			return null;
		}
		return request.questions().stream().map(EvaluationViews::draft).toList();
	}

	private static EvaluationForm.Draft draft(EvaluationQuestionDraft question) {
		if (question == null) {
			return null;
		}
		LocalisedText text = question.text();
		return new EvaluationForm.Draft((question.kind() != null) ? QuestionKind.valueOf(question.kind().name()) : null,
				(text != null) ? new QuestionText(text.nb(), text.nn(), text.en()) : null);
	}

	private static EvaluationQuestionView question(EvaluationQuestion question) {
		return new EvaluationQuestionView(question.id(), kind(question.kind()), text(question.text()));
	}

	static EvaluationQuestionKind kind(QuestionKind kind) {
		return (kind != null) ? EvaluationQuestionKind.valueOf(kind.name()) : null;
	}

	private static LocalisedText text(QuestionText text) {
		return (text != null) ? new LocalisedText(text.nb(), text.nn(), text.en()) : null;
	}

}
