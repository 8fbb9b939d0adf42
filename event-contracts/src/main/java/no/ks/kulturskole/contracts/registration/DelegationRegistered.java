package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A municipality's delegation was registered for a session, as one group. Its delegates
 * follow as one {@link ParticipantRegistered} each, in the same partition.
 *
 * @param language the language the delegation reads its e-mails in, e.g. {@code nb}
 */
public record DelegationRegistered(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, SeatStatus status, Organisation organisation, Contact coordinator,
		int participantCount, String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt,
		String language) implements DelegationEvent {

	public static final int SCHEMA_VERSION = 1;

}
