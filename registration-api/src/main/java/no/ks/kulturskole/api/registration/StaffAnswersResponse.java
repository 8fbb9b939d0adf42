package no.ks.kulturskole.api.registration;

import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;

/**
 * Every delegation's answers to a workshop's extra questions (issue 17), health-related
 * ones included: staff only.
 *
 * @param questions the questions registration-service knows of the workshop
 * @param delegations the delegations that answered
 */
public record StaffAnswersResponse(String workshopId, List<RegistrationQuestion> questions,
		List<DelegationAnswers> delegations) {

	public StaffAnswersResponse {
		questions = (questions != null) ? questions : List.of();
		delegations = (delegations != null) ? delegations : List.of();
	}

	/**
	 * @param answers the delegation's, by question id
	 * @param participants each current delegate's, by participant id, then question id
	 */
	public record DelegationAnswers(String delegationId, Map<String, List<String>> answers,
			Map<String, Map<String, List<String>>> participants) {

		public DelegationAnswers {
			answers = (answers != null) ? answers : Map.of();
			participants = (participants != null) ? participants : Map.of();
		}

	}

}
