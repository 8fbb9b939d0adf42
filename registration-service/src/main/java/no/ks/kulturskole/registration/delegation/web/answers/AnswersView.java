package no.ks.kulturskole.registration.delegation.web.answers;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;

/**
 * A delegation's answers with the questions they answer: for its coordinator through the
 * manage link and for staff.
 *
 * @param answers the delegation's, by question id
 * @param participants each current delegate's, by participant id, then question id
 */
record AnswersView(String delegationId, List<RegistrationQuestion> questions, Map<String, List<String>> answers,
		Map<String, Map<String, List<String>>> participants) {

	static AnswersView of(String delegationId, List<RegistrationQuestion> questions, StoredAnswers stored,
			Set<String> participantIds) {
		return new AnswersView(delegationId, questions, stored.delegation(), stored.participantsAmong(participantIds));
	}

}
