package no.ks.kulturskole.registration.delegation.model.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven.GivenAnswer;

/**
 * A delegation's answers to the workshop's extra questions, kept beside the delegation
 * and erased with it.
 *
 * @param version raised by every change; 0 before the first answers
 * @param delegation by question id
 * @param participants by participant id, then by question id
 */
public record StoredAnswers(String delegationId, String workshopId, long version, Map<String, List<String>> delegation,
		Map<String, Map<String, List<String>>> participants) {

	public StoredAnswers {
		delegation = (delegation != null) ? Map.copyOf(delegation) : Map.of();
		participants = (participants != null) ? Map.copyOf(participants) : Map.of();
	}

	public static StoredAnswers none(String delegationId, String workshopId) {
		return new StoredAnswers(delegationId, workshopId, 0, Map.of(), Map.of());
	}

	/** The next answers, the delegates' matched to their ids in the request's order. */
	public StoredAnswers answered(GivenAnswers given, List<String> participantIds) {
		Map<String, Map<String, List<String>>> byParticipant = new LinkedHashMap<>();
		for (int index = 0; index < participantIds.size() && index < given.participants().size(); index++) {
			if (!given.participants().get(index).isEmpty()) {
				byParticipant.put(participantIds.get(index), given.participants().get(index));
			}
		}
		return new StoredAnswers(this.delegationId, this.workshopId, this.version + 1, given.delegation(),
				byParticipant);
	}

	/**
	 * Only the delegates still in the delegation: a removed delegate's answers go with
	 * them.
	 */
	public Map<String, Map<String, List<String>>> participantsAmong(Set<String> participantIds) {
		Map<String, Map<String, List<String>>> kept = new LinkedHashMap<>(this.participants);
		kept.keySet().retainAll(participantIds);
		return kept;
	}

	/** As {@code DelegationAnswersGiven} carries them, before sealing. */
	public List<GivenAnswer> asEvent(List<FormQuestion> questions) {
		Set<String> personal = AnswerRules.personalDataQuestions(questions);
		List<GivenAnswer> answers = new ArrayList<>();
		this.delegation.forEach((questionId, values) -> answers
			.add(new GivenAnswer(questionId, null, personal.contains(questionId), values)));
		this.participants.forEach((participantId, byQuestion) -> byQuestion.forEach((questionId, values) -> answers
			.add(new GivenAnswer(questionId, participantId, personal.contains(questionId), values))));
		return answers;
	}

}
