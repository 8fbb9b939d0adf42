package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

/**
 * A delegate was replaced by another person in the same delegation. Personal data: never
 * logged.
 */
public record ParticipantReplaced(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String replacedParticipantId, String participantId, String sessionId,
		String organisationNumber, String name, String email, String roleTitle, RoleCategory roleCategory,
		String sealedPersonalData) implements DelegationEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	/** As before personal data was sealed: the personal fields in the clear. */
	public ParticipantReplaced(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String replacedParticipantId, String participantId, String sessionId,
			String organisationNumber, String name, String email, String roleTitle, RoleCategory roleCategory) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, replacedParticipantId, participantId,
				sessionId, organisationNumber, name, email, roleTitle, roleCategory, null);
	}

	@Override
	public String personalDataOwner() {
		return this.delegationId;
	}

	@Override
	public ParticipantReplaced sealedAs(String sealed) {
		return new ParticipantReplaced(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.replacedParticipantId, this.participantId, this.sessionId,
				this.organisationNumber, null, null, this.roleTitle, this.roleCategory, sealed);
	}

	@Override
	public ParticipantReplaced erased() {
		return new ParticipantReplaced(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.replacedParticipantId, this.participantId, this.sessionId,
				this.organisationNumber, ERASED, null, this.roleTitle, this.roleCategory, null);
	}

}
