package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

/**
 * Someone other than the delegation's coordinator tried to register the same organisation
 * for the workshop. They were refused as anyone would be (409, nothing about the
 * delegation there is); this event tells notification-service to mail both people and
 * staff to decide. One open conflict per delegation and address: a repeated attempt is
 * not told again.
 *
 * @param conflictId the conflict staff resolve, stable across redeliveries
 * @param organisation the organisation both registered for
 * @param contact the person who tried: personal data, needed for their mail and for
 * staff; never logged
 * @param language the language the person filled the form in, e.g. {@code nb}
 * @param delegationSequence the existing delegation's sequence (unchanged by the
 * conflict), as other delegation events carry it
 */
public record RegistrationConflictReported(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String conflictId, Organisation organisation, Contact contact, String language,
		Long delegationSequence, String sealedPersonalData) implements DelegationEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	public RegistrationConflictReported {
		delegationSequence = (delegationSequence != null) ? delegationSequence : 0L;
	}

	/** As before personal data was sealed: the contact in the clear. */
	public RegistrationConflictReported(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String conflictId, Organisation organisation, Contact contact, String language,
			Long delegationSequence) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, conflictId, organisation, contact, language,
				delegationSequence, null);
	}

	/**
	 * Sealed with the existing delegation's key: erasing the delegation erases it too.
	 */
	@Override
	public String personalDataOwner() {
		return this.delegationId;
	}

	@Override
	public RegistrationConflictReported sealedAs(String sealed) {
		return withContact(null, sealed);
	}

	@Override
	public RegistrationConflictReported erased() {
		return withContact(Contact.ERASED, null);
	}

	private RegistrationConflictReported withContact(Contact person, String sealed) {
		return new RegistrationConflictReported(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.conflictId, this.organisation, person, this.language, this.delegationSequence,
				sealed);
	}

}
