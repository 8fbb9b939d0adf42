package no.ks.kulturskole.registration.evaluation.application;

import java.time.Clock;
import java.util.List;

import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.evaluation.model.EvaluationForm;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Staff set a workshop's evaluation questions; until they do, the default set applies.
 * Once answers have come the questions stay as they are: answers refer to questions by
 * position, and results that mixed two forms would mislead.
 */
@Service
public class EvaluationQuestions {

	private static final Logger log = LoggerFactory.getLogger(EvaluationQuestions.class);

	private final WorkshopRegistrationsStore workshops;

	private final EvaluationStore store;

	private final Clock clock;

	EvaluationQuestions(WorkshopRegistrationsStore workshops, EvaluationStore store, Clock clock) {
		this.workshops = workshops;
		this.store = store;
		this.clock = clock;
	}

	public EvaluationForm of(String workshopId) {
		requireWorkshop(workshopId);
		return formOf(workshopId);
	}

	/** The form the workshop's attendees answer, without checking that it exists. */
	EvaluationForm formOf(String workshopId) {
		return this.store.form(workshopId).orElseGet(EvaluationForm::defaults);
	}

	public EvaluationForm replace(String workshopId, List<EvaluationForm.Draft> drafts) {
		requireWorkshop(workshopId);
		EvaluationForm form = EvaluationForm.of(drafts);
		if (this.store.hasAnswers(workshopId)) {
			throw new ConflictingState("questions", "evaluation-answered",
					"Evalueringen har allerede fått svar, så spørsmålene kan ikke endres.");
		}
		this.store.saveForm(workshopId, form, this.clock.instant());
		log.info("Evaluation questions of workshop {} set: {}", workshopId, form.questions().size());
		return form;
	}

	private void requireWorkshop(String workshopId) {
		if (!this.workshops.exists(workshopId)) {
			throw new NotFound("workshopId", "Verkstedet finnes ikke, eller ingen har meldt seg på det ennå.");
		}
	}

}
