package no.ks.kulturskole.registration.delegation.application.answers;

import java.util.List;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;

/**
 * registration's copy of each workshop's extra questions, from
 * {@code WorkshopQuestionsChanged}; a workshop it never heard of asks nothing extra.
 */
public interface QuestionReplica {

	List<RegistrationQuestion> questionsOf(String workshopId);

	/**
	 * Stores the form unless one with the same or a higher version is held, so that a
	 * redelivered older form never replaces a newer one.
	 */
	void put(String workshopId, int formVersion, List<RegistrationQuestion> questions);

}
