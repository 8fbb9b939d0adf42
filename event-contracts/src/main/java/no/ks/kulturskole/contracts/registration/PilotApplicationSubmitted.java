package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

/**
 * A municipality applied to the pilot project Kulturskole 3.0. Contact details are
 * personal data.
 */
public record PilotApplicationSubmitted(UUID eventId, String applicationId, Instant occurredAt, int schemaVersion,
		Organisation organisation, Contact contact, String motivation, boolean inGuidanceScheme,
		String sealedPersonalData) implements PilotEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	/** As before personal data was sealed: the personal fields in the clear. */
	public PilotApplicationSubmitted(UUID eventId, String applicationId, Instant occurredAt, int schemaVersion,
			Organisation organisation, Contact contact, String motivation, boolean inGuidanceScheme) {
		this(eventId, applicationId, occurredAt, schemaVersion, organisation, contact, motivation, inGuidanceScheme,
				null);
	}

	@Override
	public String personalDataOwner() {
		return this.applicationId;
	}

	@Override
	public PilotApplicationSubmitted sealedAs(String sealed) {
		return new PilotApplicationSubmitted(this.eventId, this.applicationId, this.occurredAt, this.schemaVersion,
				this.organisation, null, null, this.inGuidanceScheme, sealed);
	}

	@Override
	public PilotApplicationSubmitted erased() {
		return new PilotApplicationSubmitted(this.eventId, this.applicationId, this.occurredAt, this.schemaVersion,
				this.organisation, Contact.ERASED, ERASED, this.inGuidanceScheme, null);
	}

}
