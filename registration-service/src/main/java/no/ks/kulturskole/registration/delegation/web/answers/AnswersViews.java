package no.ks.kulturskole.registration.delegation.web.answers;

import java.util.List;
import java.util.Set;

import no.ks.kulturskole.api.registration.AnswersView;
import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;

/**
 * A delegation's stored answers as registration-api's {@link AnswersView}, which the
 * gateway's manage page shares: the record stays free of the model, so the mapping lives
 * here, with the controllers.
 */
final class AnswersViews {

	private AnswersViews() {
	}

	/**
	 * @param participantIds the delegation's current delegates: a replaced delegate's
	 * answers are not shown
	 */
	static AnswersView of(String delegationId, List<RegistrationQuestion> questions, StoredAnswers stored,
			Set<String> participantIds) {
		return new AnswersView(delegationId, questions, stored.delegation(), stored.participantsAmong(participantIds));
	}

}
