package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

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
		Long delegationSequence) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

	public RegistrationConflictReported {
		delegationSequence = (delegationSequence != null) ? delegationSequence : 0L;
	}

}
