package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegation's coordinator was given a (new) secret manage link. The secret never
 * travels in the clear: {@code sealedSecret} is encrypted for notification-service, which
 * alone opens it to write the link into the e-mail to the coordinator address. A new link
 * replaces the old one.
 *
 * @param sealedSecret the link's secret, sealed with the key registration and
 * notification share; bound to {@code delegationId}, so it cannot be replayed for another
 * delegation
 * @param reason why the link was issued
 * @param language the language the coordinator reads e-mails in, e.g. {@code nb}
 */
public record ManageLinkIssued(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sealedSecret, Reason reason, String language) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

	/** Why a manage link was issued. */
	public enum Reason {

		/** With the registration: the coordinator's confirmation carries it. */
		REGISTERED,

		/** The coordinator lost the link and asked for a new one. */
		REQUESTED,

		/**
		 * Staff handed the delegation over to a new coordinator (resolving a
		 * {@link RegistrationConflictReported}); the link goes to the new one.
		 */
		HANDED_OVER

	}

}
