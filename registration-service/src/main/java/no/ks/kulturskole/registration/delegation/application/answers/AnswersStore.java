package no.ks.kulturskole.registration.delegation.application.answers;

import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;

/** The delegations' answers, one document each, with its outbox. */
public interface AnswersStore {

	Optional<StoredAnswers> find(String delegationId);

	List<StoredAnswers> findByWorkshop(String workshopId);

	/**
	 * Stores the answers with the event announcing them, if the stored version is still
	 * {@code expectedVersion} (0: none stored yet).
	 * @return false when someone else changed them in between
	 */
	boolean save(long expectedVersion, StoredAnswers answers, DelegationAnswersGiven event);

	/** Forgets the delegation's answers (erasure). */
	void erase(String delegationId);

}
