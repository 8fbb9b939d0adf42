package no.ks.kulturskole.contracts.workshop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A workshop was opened for registration. Carries everything registration and
 * notification need so that they never call workshop-service back.
 *
 * @param maxDelegationSize {@code null} when there is no upper limit
 * @param venue address when the format is {@link WorkshopFormat#VENUE}, else {@code null}
 * @param language IETF tag of the workshop's language, e.g. {@code nb}
 * @param organisers who runs the workshop, e.g. KS and Norsk kulturskoleråd; added in the
 * first additive change, empty when a producer did not send it
 * @param targetGroup who the workshop is for, in the organisers' words; {@code null} when
 * not given
 * @param free {@code true} when taking part costs nothing, {@code null} when unknown
 */
public record WorkshopScheduled(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion, String title,
		String description, String programme, WorkshopFormat format, String venue, String language,
		Instant registrationDeadline, int minDelegationSize, Integer maxDelegationSize, boolean outsideRoleRequired,
		List<SessionDetails> sessions, List<String> organisers, String targetGroup,
		Boolean free) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

	public WorkshopScheduled {
		sessions = List.copyOf(sessions);
		organisers = (organisers != null) ? List.copyOf(organisers) : List.of();
	}

	/**
	 * The fact as first published, before organisers, target group and price were added.
	 */
	public WorkshopScheduled(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion, String title,
			String description, String programme, WorkshopFormat format, String venue, String language,
			Instant registrationDeadline, int minDelegationSize, Integer maxDelegationSize, boolean outsideRoleRequired,
			List<SessionDetails> sessions) {
		this(eventId, workshopId, occurredAt, schemaVersion, title, description, programme, format, venue, language,
				registrationDeadline, minDelegationSize, maxDelegationSize, outsideRoleRequired, sessions, List.of(),
				null, null);
	}

}
