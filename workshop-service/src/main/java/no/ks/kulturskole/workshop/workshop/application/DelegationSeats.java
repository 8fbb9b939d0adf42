package no.ks.kulturskole.workshop.workshop.application;

/**
 * A local count of who holds seats, kept from registration.events (registration-service
 * owns seats; this is its published history, not a call to it). Every operation sets a
 * state rather than adding to a number, so that an event delivered twice changes nothing.
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

	void addParticipant(String delegationId, String workshopId, String participantId);

	void removeParticipant(String delegationId, String participantId);

	/** Persons in delegations confirmed in the session. */
	int confirmedPersons(String workshopId, String sessionId);

	enum Seat {

		CONFIRMED, WAITLISTED, CANCELLED

	}

}
