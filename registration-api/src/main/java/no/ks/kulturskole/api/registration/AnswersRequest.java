package no.ks.kulturskole.api.registration;

import java.util.List;
import java.util.Map;

/**
 * The answers to a workshop's extra questions as the coordinator changes them through the
 * manage link (issue 17): the delegation's, and each delegate's by participant id. The
 * service checks them against the workshop's questions and names a refused answer's field
 * ({@code participants[1].answers.diet}).
 */
public record AnswersRequest(Map<String, Object> answers, List<ParticipantAnswers> participants) {

	public record ParticipantAnswers(String participantId, Map<String, Object> answers) {
	}

}
