package no.ks.kulturskole.registration.evaluation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Session;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.evaluation.application.EvaluationStore.Link;
import no.ks.kulturskole.registration.evaluation.model.Answer;
import no.ks.kulturskole.registration.evaluation.model.EvaluationForm;
import no.ks.kulturskole.registration.evaluation.model.SubmittedAnswers;
import no.ks.kulturskole.support.problem.ConflictingState;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The attendee's side: the form behind a link, and the answer, accepted once per link.
 * The answer is stored without the link, its hash or anything about the person; only the
 * day it came is kept, not the time, so that the order of use tells nothing either.
 */
@Service
public class PublicEvaluations {

	private static final Logger log = LoggerFactory.getLogger(PublicEvaluations.class);

	private final EvaluationStore store;

	private final EvaluationQuestions questions;

	private final WorkshopRegistrationsStore workshops;

	private final Clock clock;

	PublicEvaluations(EvaluationStore store, EvaluationQuestions questions, WorkshopRegistrationsStore workshops,
			Clock clock) {
		this.store = store;
		this.questions = questions;
		this.workshops = workshops;
		this.clock = clock;
	}

	/**
	 * @throws NotFound for a link that does not exist
	 * @throws ConflictingState for a link already used
	 */
	public Invitation open(String secret) {
		Link link = usable(secret);
		Optional<WorkshopRegistrations> registrations = this.workshops.find(link.workshopId());
		String title = registrations.map((found) -> found.workshop().title()).orElse("");
		Session session = registrations.flatMap((found) -> found.workshop().session(link.sessionId())).orElse(null);
		return new Invitation(title, session, link.language(), this.questions.formOf(link.workshopId()));
	}

	/**
	 * Checks the answers first, so that a wrong answer uses nothing up.
	 * @param answers question id to what was entered
	 */
	public void answer(String secret, Map<String, String> answers) {
		Link link = usable(secret);
		List<Answer> checked = SubmittedAnswers.check(this.questions.formOf(link.workshopId()), answers);
		if (!this.store.useLink(link.hash())) {
			throw alreadyAnswered();
		}
		this.store.addAnswers(link.workshopId(), link.sessionId(), checked,
				LocalDate.ofInstant(this.clock.instant(), this.clock.getZone()));
		log.info("Evaluation of session {} of workshop {} answered", link.sessionId(), link.workshopId());
	}

	private Link usable(String secret) {
		Link link = Optional.ofNullable(secret)
			.filter((given) -> !given.isBlank())
			.flatMap((given) -> this.store.link(ManageTokens.hash(given.strip())))
			.orElseThrow(() -> new NotFound("token", "Lenken til evalueringen finnes ikke."));
		if (link.used()) {
			throw alreadyAnswered();
		}
		return link;
	}

	private static ConflictingState alreadyAnswered() {
		return new ConflictingState("token", "evaluation-answered",
				"Evalueringen er allerede besvart med denne lenken.");
	}

	/**
	 * @param session {@code null} if the workshop no longer has it
	 * @param language the language of the attendee's delegation
	 */
	public record Invitation(String workshopTitle, Session session, String language, EvaluationForm form) {
	}

}
