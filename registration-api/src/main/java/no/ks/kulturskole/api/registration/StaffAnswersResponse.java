package no.ks.kulturskole.api.registration;

import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;

/**
 * Every delegation's answers to a workshop's extra questions (issue 17), health-related
 * ones included: staff only.
 *
 * @param questions the questions registration-service knows of the workshop
 * @param delegations the delegations that answered, each without the questions (they are
 * above)
 */
public record StaffAnswersResponse(String workshopId, List<RegistrationQuestion> questions,
		List<AnswersView> delegations) {

	public StaffAnswersResponse {
		questions = (questions != null) ? questions : List.of();
		delegations = (delegations != null) ? delegations : List.of();
	}

}
