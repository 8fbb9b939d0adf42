package no.ks.kulturskole.registration.evaluation.application;

import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.evaluation.model.EvaluationResults;
import no.ks.kulturskole.support.problem.NotFound;

import org.springframework.stereotype.Service;

/** Staff's view of a workshop's evaluation: aggregated, never one attendee's answers. */
@Service
public class EvaluationReports {

	private final WorkshopRegistrationsStore workshops;

	private final EvaluationStore store;

	private final EvaluationQuestions questions;

	EvaluationReports(WorkshopRegistrationsStore workshops, EvaluationStore store, EvaluationQuestions questions) {
		this.workshops = workshops;
		this.store = store;
		this.questions = questions;
	}

	public EvaluationResults of(String workshopId) {
		if (!this.workshops.exists(workshopId)) {
			throw new NotFound("workshopId", "Verkstedet finnes ikke, eller ingen har meldt seg på det ennå.");
		}
		return EvaluationResults.of(workshopId, this.questions.formOf(workshopId), this.store.linksIssued(workshopId),
				this.store.answers(workshopId));
	}

}
