package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.ks.kulturskole.reporting.workshopreport.model.FormAnswers;
import no.ks.kulturskole.reporting.workshopreport.model.FormQuestion;

/**
 * One column per extra registration question in the participant list (issue 17): the
 * delegation's answer on each of its delegates' rows, a delegate's own answer on theirs.
 * Health-related answers included: the list is for staff only.
 */
final class AnswerColumns {

	private final List<FormQuestion> questions;

	/**
	 * By delegation, then "participantId/questionId" ("-/questionId" for the
	 * delegation's).
	 */
	private final Map<String, Map<String, List<String>>> answers = new HashMap<>();

	AnswerColumns(List<FormQuestion> questions, List<FormAnswers> answers) {
		this.questions = questions;
		for (FormAnswers given : answers) {
			Map<String, List<String>> byKey = new HashMap<>();
			given.answers()
				.forEach(answer -> byKey.put(key(answer.participantId(), answer.questionId()), answer.values()));
			this.answers.put(given.delegationId(), byKey);
		}
	}

	List<String> headers() {
		return this.questions.stream().map(FormQuestion::text).toList();
	}

	List<String> of(String delegationId, String participantId) {
		Map<String, List<String>> given = this.answers.getOrDefault(delegationId, Map.of());
		return this.questions.stream().map(question -> {
			List<String> values = given
				.get(key(question.forDelegation() ? null : participantId, question.questionId()));
			return (values != null) ? values.stream().map(question::readable).collect(Collectors.joining(", ")) : "";
		}).toList();
	}

	private static String key(String participantId, String questionId) {
		return ((participantId != null) ? participantId : "-") + "/" + questionId;
	}

}
