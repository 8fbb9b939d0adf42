package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The attendees of one delegation in one session that has ended were each given a link to
 * the session's anonymous evaluation (issue 16), once per participant and session. The
 * links' secrets never travel in the clear: each is sealed for notification-service,
 * bound to its participant, as {@link ManageLinkIssued#sealedSecret()} is. Only ids: who
 * they are stays with registration, the answers are stored without them.
 *
 * @param invitees one entry per attendee newly invited; never empty
 * @param language the language the delegation reads e-mails in, e.g. {@code nb}
 */
public record EvaluationInvited(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, String language, List<Invitee> invitees) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

	public EvaluationInvited {
		invitees = (invitees != null) ? List.copyOf(invitees) : List.of();
	}

	/**
	 * @param participantId the attendee the link is for
	 * @param sealedToken the link's secret, sealed with the key registration and
	 * notification share, bound to {@code participantId}
	 * @param sealedCertificateToken the token of the attendee's participation
	 * confirmation link ({@code /deltakerbevis/{token}}), sealed alike; {@code null}
	 * where none is offered
	 */
	public record Invitee(String participantId, String sealedToken, String sealedCertificateToken) {

		/** An invitee without a participation confirmation link. */
		public Invitee(String participantId, String sealedToken) {
			this(participantId, sealedToken, null);
		}

		@Override
		public String toString() {
			return "Invitee[" + this.participantId + "]";
		}

	}

}
