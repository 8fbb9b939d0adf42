package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

/**
 * The delegation's answers to the workshop's extra registration questions (issue 17), all
 * of them as they stand after registering or after the coordinator changed them. Every
 * answer travels sealed: answers to health-related questions (diet, accessibility) are
 * personal data, and free text may name people; only which questions were answered, and
 * for whom, stays readable. reporting-service reads them for the staff exports.
 *
 * @param answersVersion raised by every change of the delegation's answers, so that a
 * consumer never puts back older answers delivered again
 */
public record DelegationAnswersGiven(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, long answersVersion, List<GivenAnswer> answers,
		String sealedPersonalData) implements DelegationEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	public DelegationAnswersGiven {
		answers = (answers != null) ? List.copyOf(answers) : List.of();
	}

	@Override
	public String personalDataOwner() {
		return this.delegationId;
	}

	/** Which questions were answered stays readable; the answers travel sealed. */
	@Override
	public DelegationAnswersGiven sealedAs(String sealed) {
		return new DelegationAnswersGiven(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.answersVersion, withoutValues(), sealed);
	}

	@Override
	public DelegationAnswersGiven erased() {
		return new DelegationAnswersGiven(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.answersVersion, withoutValues(), null);
	}

	private List<GivenAnswer> withoutValues() {
		return this.answers.stream()
			.map((answer) -> new GivenAnswer(answer.questionId(), answer.participantId(), answer.personalData(), null))
			.toList();
	}

	/**
	 * One answer.
	 *
	 * @param participantId the delegate it is about; {@code null} for a question to the
	 * delegation
	 * @param personalData whether staff marked the question as health-related
	 * @param values the text, the chosen choices' ids, or {@code yes}/{@code no};
	 * {@code null} when sealed or erased
	 */
	public record GivenAnswer(String questionId, String participantId, boolean personalData, List<String> values) {

		public GivenAnswer {
			values = (values != null) ? List.copyOf(values) : null;
		}

	}

}
