package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

/**
 * One delegate of a registered delegation. Name and e-mail are personal data: never
 * logged.
 */
public record ParticipantRegistered(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String participantId, String sessionId, String organisationNumber, String name, String email,
		String roleTitle, RoleCategory roleCategory,
		String sealedPersonalData) implements DelegationEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	/** As before personal data was sealed: the personal fields in the clear. */
	public ParticipantRegistered(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String participantId, String sessionId, String organisationNumber, String name,
			String email, String roleTitle, RoleCategory roleCategory) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, participantId, sessionId, organisationNumber,
				name, email, roleTitle, roleCategory, null);
	}

	@Override
	public String personalDataOwner() {
		return this.delegationId;
	}

	@Override
	public ParticipantRegistered sealedAs(String sealed) {
		return new ParticipantRegistered(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.participantId, this.sessionId, this.organisationNumber, null, null,
				this.roleTitle, this.roleCategory, sealed);
	}

	@Override
	public ParticipantRegistered erased() {
		return new ParticipantRegistered(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.participantId, this.sessionId, this.organisationNumber, ERASED, null,
				this.roleTitle, this.roleCategory, null);
	}

}
