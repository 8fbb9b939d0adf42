package no.ks.kulturskole.workshop.workshop.application;

import java.util.List;

/**
 * A local count of who holds seats, kept from registration.events (registration-service
 * owns seats; this is its published history, not a call to it). Every change sets a state
 * rather than adding to a number, and goes through the platform's inbox
 * ({@code no.ks.kulturskole.support.inbox}): the delegation's place by its sequence, its
 * participants once per event, so that an event delivered twice or late changes nothing.
 * Implemented in infrastructure.
 */
public interface DelegationSeats {

	/**
	 * Applies the changes in their order, as one at a time would, with as few round trips
	 * as the store allows (a rush's poll: one): a change applied already, or older than
	 * the one stored, changes nothing, so applying the same list again is harmless.
	 * @return the changes the store refuses for good (by their index in {@code changes},
	 * with why): trying again cannot help; the changes after them are applied. A failure
	 * that may pass (the database away) is thrown instead, with some of the changes
	 * perhaps applied.
	 */
	List<Refused> applyAll(List<SeatChange> changes);

	/** One {@link SeatChange.Place}; a refusal is thrown. */
	default void place(String delegationId, String workshopId, String sessionId, Seat seat, int participantCount,
			long sequence) {
		apply(new SeatChange.Place(delegationId, workshopId, sessionId, seat, participantCount, sequence));
	}

	/** One {@link SeatChange.AddParticipant}; a refusal is thrown. */
	default void addParticipant(String delegationId, String workshopId, String participantId, String eventId) {
		apply(new SeatChange.AddParticipant(delegationId, workshopId, participantId, eventId));
	}

	/** One {@link SeatChange.RemoveParticipant}; a refusal is thrown. */
	default void removeParticipant(String delegationId, String participantId, String eventId) {
		apply(new SeatChange.RemoveParticipant(delegationId, participantId, eventId));
	}

	/** One {@link SeatChange.ReplaceParticipant}; a refusal is thrown. */
	default void replaceParticipant(String delegationId, String workshopId, String replacedParticipantId,
			String participantId, String eventId) {
		apply(new SeatChange.ReplaceParticipant(delegationId, workshopId, replacedParticipantId, participantId,
				eventId));
	}

	/** Persons in delegations confirmed in the session. */
	int confirmedPersons(String workshopId, String sessionId);

	private void apply(SeatChange change) {
		applyAll(List.of(change)).forEach((refused) -> {
			throw refused.cause();
		});
	}

	enum Seat {

		CONFIRMED, WAITLISTED, CANCELLED

	}

	/**
	 * An element of a list that could not be applied, and why.
	 *
	 * @param index its place in the list given
	 */
	record Refused(int index, RuntimeException cause) {

	}

}
