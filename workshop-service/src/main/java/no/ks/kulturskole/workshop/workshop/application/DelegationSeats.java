package no.ks.kulturskole.workshop.workshop.application;

/**
 * A local count of who holds seats, kept from registration.events (registration-service
 * owns seats; this is its published history, not a call to it). Every operation sets a
 * state rather than adding to a number, and goes through the platform's inbox
 * ({@code no.ks.kulturskole.support.inbox}): the delegation's place by its sequence, its
 * participants once per event, so that an event delivered twice or late changes nothing.
 */
public interface DelegationSeats {

	/**
	 * Where a delegation is now, as its latest delegation-level event says. Newest wins:
	 * an event whose {@code sequence} is below the one stored changes nothing, so a late
	 * duplicate cannot give a cancelled delegation its seats back; sequence 0 (events
	 * from before it existed) is applied as it comes.
	 */
	void place(String delegationId, String workshopId, String sessionId, Seat seat, int participantCount,
			long sequence);

	/**
	 * Participant events carry no sequence, and one delegation's events keep their order
	 * on its partition: only a republished one can come late, and its id is remembered.
	 */
	void addParticipant(String delegationId, String workshopId, String participantId, String eventId);

	void removeParticipant(String delegationId, String participantId, String eventId);

	void replaceParticipant(String delegationId, String workshopId, String replacedParticipantId, String participantId,
			String eventId);

	/** Persons in delegations confirmed in the session. */
	int confirmedPersons(String workshopId, String sessionId);

	enum Seat {

		CONFIRMED, WAITLISTED, CANCELLED

	}

}
