package no.ks.kulturskole.registration.delegation.application.answers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.contracts.workshop.WorkshopQuestionsChanged;
import no.ks.kulturskole.registration.delegation.model.answers.AnswerRules;
import no.ks.kulturskole.registration.delegation.model.answers.FormQuestion;
import no.ks.kulturskole.registration.delegation.model.answers.GivenAnswers;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;
import no.ks.kulturskole.registration.delegation.application.OptimisticRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Answers to a workshop's extra registration questions (issue 17): checked before a
 * delegation is registered or its coordinator changes them, so that nothing is stored on
 * bad input; kept beside the delegation; announced sealed for the staff exports; erased
 * with the delegation. Logs name ids only, never an answer.
 */
@Service
public class RegistrationAnswers {

	private static final Logger log = LoggerFactory.getLogger(RegistrationAnswers.class);

	private final QuestionReplica questions;

	private final AnswersStore answers;

	private final OptimisticRetry retry;

	private final Clock clock;

	public RegistrationAnswers(QuestionReplica questions, AnswersStore answers, OptimisticRetry retry, Clock clock) {
		this.questions = questions;
		this.answers = answers;
		this.retry = retry;
		this.clock = clock;
	}

	public List<RegistrationQuestion> questionsOf(String workshopId) {
		return this.questions.questionsOf(workshopId);
	}

	/** The workshop's questions in the answer rules' own terms. */
	private List<FormQuestion> formOf(String workshopId) {
		return questionsOf(workshopId).stream()
			.map((question) -> new FormQuestion(question.questionId(), question.scope(), question.kind(),
					question.required(), question.personalData(),
					question.choices().stream().map(RegistrationQuestion.QuestionChoice::choiceId).toList()))
			.toList();
	}

	/** Refuses bad answers naming them; stores nothing. */
	public GivenAnswers check(String workshopId, Map<String, Object> delegation, List<Map<String, Object>> participants,
			int delegates) {
		return AnswerRules.check(formOf(workshopId), delegation, participants, delegates);
	}

	/**
	 * Stores checked answers for the delegation, its delegates' in the order of
	 * {@code participantIds}; answers of nothing (a form without questions) are not
	 * stored.
	 */
	public void store(String workshopId, String delegationId, GivenAnswers given, List<String> participantIds) {
		if (nothingIn(given) && this.answers.find(delegationId).isEmpty()) {
			return;
		}
		List<FormQuestion> asked = formOf(workshopId);
		this.retry.run(() -> {
			StoredAnswers before = this.answers.find(delegationId).orElse(StoredAnswers.none(delegationId, workshopId));
			StoredAnswers after = before.answered(given, participantIds);
			DelegationAnswersGiven event = new DelegationAnswersGiven(UUID.randomUUID(), delegationId, workshopId,
					this.clock.instant(), DelegationAnswersGiven.SCHEMA_VERSION, after.version(), after.asEvent(asked),
					null);
			return this.answers.save(before.version(), after, event) ? Optional.of(after) : Optional.empty();
		}, () -> new IllegalStateException("Storing the answers of delegation " + delegationId + " lost every race"));
		log.info("Answers of delegation {} for workshop {} stored", delegationId, workshopId);
	}

	/**
	 * As {@link #store}, for the answers given with a registration: a delegation
	 * registered this moment has none stored, so none given stores nothing without a
	 * look.
	 */
	public void storeWithRegistration(String workshopId, String delegationId, GivenAnswers given,
			List<String> participantIds) {
		if (!nothingIn(given)) {
			store(workshopId, delegationId, given, participantIds);
		}
	}

	private static boolean nothingIn(GivenAnswers given) {
		return given.delegation().isEmpty() && given.participants().stream().allMatch(Map::isEmpty);
	}

	public Optional<StoredAnswers> of(String delegationId) {
		return this.answers.find(delegationId);
	}

	public List<StoredAnswers> ofWorkshop(String workshopId) {
		return this.answers.findByWorkshop(workshopId);
	}

	public void erase(String delegationId) {
		this.answers.erase(delegationId);
	}

	/** From workshop.events. */
	public void apply(WorkshopQuestionsChanged changed) {
		this.questions.put(changed.workshopId(), changed.formVersion(), changed.questions());
		log.info("Form version {} of workshop {} applied", changed.formVersion(), changed.workshopId());
	}

}
