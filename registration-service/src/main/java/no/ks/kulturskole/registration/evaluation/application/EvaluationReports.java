package no.ks.kulturskole.registration.evaluation.application;

import no.ks.kulturskole.registration.evaluation.model.EvaluationResults;

import org.springframework.stereotype.Service;

/** Staff's view of a workshop's evaluation: aggregated, never one attendee's answers. */
@Service
public class EvaluationReports {

	private final EvaluationStore store;

	private final EvaluationQuestions questions;

	EvaluationReports(EvaluationStore store, EvaluationQuestions questions) {
		this.store = store;
		this.questions = questions;
	}

	public EvaluationResults of(String workshopId) {
		// of() refuses a workshop registration does not know (404)
		return EvaluationResults.of(workshopId, this.questions.of(workshopId), this.store.linksIssued(workshopId),
				this.store.answers(workshopId));
	}

}
