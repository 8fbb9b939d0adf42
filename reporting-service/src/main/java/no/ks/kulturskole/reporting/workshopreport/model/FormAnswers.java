package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * A delegation's answers to the extra questions, personal data (health-related needs
 * among them): staff only, erased with the delegation.
 *
 * @param version the {@code answersVersion} they came with: older answers read later are
 * ignored
 */
public record FormAnswers(String delegationId, long version, List<FormAnswer> answers) {

	public FormAnswers {
		answers = (answers != null) ? List.copyOf(answers) : List.of();
	}

	/** One answer; {@code participantId} {@code null} for the delegation's. */
	public record FormAnswer(String questionId, String participantId, List<String> values) {

		public FormAnswer {
			values = (values != null) ? List.copyOf(values) : List.of();
		}

	}

}
