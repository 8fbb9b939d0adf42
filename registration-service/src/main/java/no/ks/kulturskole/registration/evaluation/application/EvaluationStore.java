package no.ks.kulturskole.registration.evaluation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.registration.evaluation.model.Answer;
import no.ks.kulturskole.registration.evaluation.model.EvaluationForm;

/**
 * The questions, links and answers of the evaluations. Links and answers are kept apart
 * and carry nothing in common but the workshop and session, so that an answer cannot be
 * traced back to the link, let alone the person, it came through.
 */
public interface EvaluationStore {

	/** Staff's questions; empty while the workshop uses the default set. */
	Optional<EvaluationForm> form(String workshopId);

	void saveForm(String workshopId, EvaluationForm form, Instant at);

	/** New links, by the SHA-256 of their secret. */
	void addLinks(List<Link> links);

	/** Links whose invitation lost a race and was never announced. */
	void removeLinks(List<String> hashes);

	Optional<Link> link(String hash);

	/**
	 * Marks the link used, in one conditional update, so that of two answers sent at once
	 * exactly one gets through.
	 * @return {@code false} when the link was used already (or does not exist)
	 */
	boolean useLink(String hash);

	long linksIssued(String workshopId);

	/** Stored without the link it came through, and only with its day. */
	void addAnswers(String workshopId, String sessionId, List<Answer> answers, LocalDate submittedOn);

	/** Every attendee's answers, each list one attendee's. */
	List<List<Answer>> answers(String workshopId);

	boolean hasAnswers(String workshopId);

	/**
	 * @param hash SHA-256 (hex) of the link's secret; the secret is never stored
	 * @param language the language the form is shown in first
	 */
	record Link(String hash, String workshopId, String sessionId, String language, boolean used) {
	}

}
