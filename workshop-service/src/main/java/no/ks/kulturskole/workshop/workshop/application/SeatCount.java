package no.ks.kulturskole.workshop.workshop.application;

import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.workshop.workshop.application.DelegationSeats.Seat;
import org.springframework.stereotype.Service;

/**
 * Keeps {@link DelegationSeats} up to date from registration.events, so that staff cannot
 * lower a session's capacity below the persons already confirmed in it. Other
 * registration events (reflections, pilot) are of no interest here.
 */
@Service
public class SeatCount {

	private final DelegationSeats seats;

	public SeatCount(DelegationSeats seats) {
		this.seats = seats;
	}

	public void apply(RegistrationEvent event) {
		switch (event) {
			case DelegationRegistered registered ->
				this.seats.place(registered.delegationId(), registered.workshopId(), registered.sessionId(),
						seatOf(registered.status()), registered.participantCount(), registered.delegationSequence());
			case DelegationWaitlisted waitlisted ->
				this.seats.place(waitlisted.delegationId(), waitlisted.workshopId(), waitlisted.sessionId(),
						Seat.WAITLISTED, waitlisted.participantCount(), waitlisted.delegationSequence());
			case DelegationPromoted promoted -> this.seats.place(promoted.delegationId(), promoted.workshopId(),
					promoted.sessionId(), Seat.CONFIRMED, promoted.participantCount(), promoted.delegationSequence());
			case DelegationMoved moved -> this.seats.place(moved.delegationId(), moved.workshopId(),
					moved.toSessionId(), seatOf(moved.status()), moved.participantCount(), moved.delegationSequence());
			case DelegationCancelled cancelled ->
				this.seats.place(cancelled.delegationId(), cancelled.workshopId(), cancelled.sessionId(),
						Seat.CANCELLED, cancelled.participantCount(), cancelled.delegationSequence());
			case ParticipantRegistered participant -> this.seats.addParticipant(participant.delegationId(),
					participant.workshopId(), participant.participantId());
			case ParticipantRemoved removed ->
				this.seats.removeParticipant(removed.delegationId(), removed.participantId());
			case ParticipantReplaced replaced -> {
				this.seats.removeParticipant(replaced.delegationId(), replaced.replacedParticipantId());
				this.seats.addParticipant(replaced.delegationId(), replaced.workshopId(), replaced.participantId());
			}
			default -> {
				// Reflections and the pilot do not take seats.
			}
		}
	}

	public int confirmedPersons(String workshopId, String sessionId) {
		return this.seats.confirmedPersons(workshopId, sessionId);
	}

	private static Seat seatOf(SeatStatus status) {
		return (status == SeatStatus.CONFIRMED) ? Seat.CONFIRMED : Seat.WAITLISTED;
	}

}
