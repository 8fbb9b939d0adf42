package no.ks.kulturskole.workshop.workshop.application;

import no.ks.kulturskole.workshop.workshop.application.DelegationSeats.Seat;

/**
 * What one registration event changes in {@link DelegationSeats}, in the seat count's own
 * terms ({@link SeatCount} reads the events). Each sets a state rather than adding to a
 * number, and is applied at most once (the platform's inbox): an event delivered twice or
 * late changes nothing.
 */
public sealed interface SeatChange {

	String delegationId();

	/**
	 * Where a delegation is now, as its latest delegation-level event says. Newest wins:
	 * a change whose {@code sequence} is below the one stored changes nothing, so a late
	 * duplicate cannot give a cancelled delegation its seats back; the same sequence
	 * again sets the same state; sequence 0 (events from before it existed) is applied as
	 * it comes.
	 */
	record Place(String delegationId, String workshopId, String sessionId, Seat seat, int participantCount,
			long sequence) implements SeatChange {

	}

	/**
	 * Participant events carry no sequence, and one delegation's events keep their order
	 * on its partition: only a republished one can come late, and its {@code eventId} is
	 * remembered.
	 */
	record AddParticipant(String delegationId, String workshopId, String participantId,
			String eventId) implements SeatChange {

	}

	/** See {@link AddParticipant}. */
	record RemoveParticipant(String delegationId, String participantId, String eventId) implements SeatChange {

	}

	/** See {@link AddParticipant}. */
	record ReplaceParticipant(String delegationId, String workshopId, String replacedParticipantId,
			String participantId, String eventId) implements SeatChange {

	}

}
