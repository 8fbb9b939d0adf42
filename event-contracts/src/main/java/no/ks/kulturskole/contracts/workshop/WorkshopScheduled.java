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
 */
public record WorkshopScheduled(UUID eventId, String workshopId, Instant occurredAt, int schemaVersion, String title,
		String description, String programme, WorkshopFormat format, String venue, String language,
		Instant registrationDeadline, int minDelegationSize, Integer maxDelegationSize, boolean outsideRoleRequired,
		List<SessionDetails> sessions) implements WorkshopEvent {

	public static final int SCHEMA_VERSION = 1;

	public WorkshopScheduled {
		sessions = List.copyOf(sessions);
	}

}
