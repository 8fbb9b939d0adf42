package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

/**
 * The delegation submitted (or edited) its answers to the workshop's reflection
 * questions.
 */
public record ReflectionSubmitted(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String organisationNumber, List<ReflectionAnswer> answers,
		String sealedPersonalData) implements DelegationEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	/** As before personal data was sealed: the personal fields in the clear. */
	public ReflectionSubmitted(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String organisationNumber, List<ReflectionAnswer> answers) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, organisationNumber, answers, null);
	}

	@Override
	public String personalDataOwner() {
		return this.delegationId;
	}

	/** The questions stay readable; the group's answers travel sealed. */
	@Override
	public ReflectionSubmitted sealedAs(String sealed) {
		return new ReflectionSubmitted(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.organisationNumber, answersReading(null), sealed);
	}

	@Override
	public ReflectionSubmitted erased() {
		return new ReflectionSubmitted(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.organisationNumber, answersReading(ERASED), null);
	}

	private List<ReflectionAnswer> answersReading(String text) {
		return (this.answers != null)
				? this.answers.stream().map((answer) -> new ReflectionAnswer(answer.question(), text)).toList() : null;
	}

}
