package no.ks.kulturskole.contracts.registration;

import java.time.Instant;
import java.util.UUID;

import no.ks.kulturskole.contracts.privacy.PersonalData;

/**
 * A municipality's delegation was registered for a session, as one group. Its delegates
 * follow as one {@link ParticipantRegistered} each, in the same partition.
 *
 * @param language the language the delegation reads its e-mails in, e.g. {@code nb}
 * @param delegationSequence see {@link DelegationPromoted#delegationSequence()}: 1 at
 * registration; 0 in events from before it existed
 */
public record DelegationRegistered(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
		int schemaVersion, String sessionId, SeatStatus status, Organisation organisation, Contact coordinator,
		int participantCount, String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt, String language,
		Long delegationSequence, String sealedPersonalData) implements DelegationEvent, PersonalData {

	public static final int SCHEMA_VERSION = 1;

	public DelegationRegistered {
		// a boxed component, so that an older event without it reads as 0 rather than
		// failing on a missing primitive
		delegationSequence = (delegationSequence != null) ? delegationSequence : 0L;
	}

	/** As before the sequence existed: applied as it comes. */
	public DelegationRegistered(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String sessionId, SeatStatus status, Organisation organisation, Contact coordinator,
			int participantCount, String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt,
			String language) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, sessionId, status, organisation, coordinator,
				participantCount, workshopTitle, sessionStartsAt, sessionEndsAt, language, 0L, null);
	}

	/** As before personal data was sealed: the coordinator in the clear. */
	public DelegationRegistered(UUID eventId, String delegationId, String workshopId, Instant occurredAt,
			int schemaVersion, String sessionId, SeatStatus status, Organisation organisation, Contact coordinator,
			int participantCount, String workshopTitle, Instant sessionStartsAt, Instant sessionEndsAt, String language,
			Long delegationSequence) {
		this(eventId, delegationId, workshopId, occurredAt, schemaVersion, sessionId, status, organisation, coordinator,
				participantCount, workshopTitle, sessionStartsAt, sessionEndsAt, language, delegationSequence, null);
	}

	@Override
	public String personalDataOwner() {
		return this.delegationId;
	}

	@Override
	public DelegationRegistered sealedAs(String sealed) {
		return withCoordinator(null, sealed);
	}

	@Override
	public DelegationRegistered erased() {
		return withCoordinator(Contact.ERASED, null);
	}

	private DelegationRegistered withCoordinator(Contact contact, String sealed) {
		return new DelegationRegistered(this.eventId, this.delegationId, this.workshopId, this.occurredAt,
				this.schemaVersion, this.sessionId, this.status, this.organisation, contact, this.participantCount,
				this.workshopTitle, this.sessionStartsAt, this.sessionEndsAt, this.language, this.delegationSequence,
				sealed);
	}

}
