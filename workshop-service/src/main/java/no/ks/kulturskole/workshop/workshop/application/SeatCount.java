package no.ks.kulturskole.workshop.workshop.application;

import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.DelegationAnswersGiven;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationEvent;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.EvaluationInvited;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.workshop.workshop.application.DelegationSeats.Seat;
import org.springframework.stereotype.Service;

/**
 * Keeps {@link DelegationSeats} up to date from registration.events, so that staff cannot
 * lower a session's capacity below the persons already confirmed in it. One exhaustive
 * {@code switch}: a new delegation event does not compile until someone decides whether
 * it moves seats.
 */
@Service
public class SeatCount {

	private final DelegationSeats seats;

	public SeatCount(DelegationSeats seats) {
		this.seats = seats;
	}

	public void apply(DelegationEvent event) {
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
					participant.workshopId(), participant.participantId(), participant.eventId().toString());
			case ParticipantRemoved removed -> this.seats.removeParticipant(removed.delegationId(),
					removed.participantId(), removed.eventId().toString());
			case ParticipantReplaced replaced ->
				this.seats.replaceParticipant(replaced.delegationId(), replaced.workshopId(),
						replaced.replacedParticipantId(), replaced.participantId(), replaced.eventId().toString());
			// take no seats
			case ReflectionSubmitted reflection -> {
			}
			case ManageLinkIssued link -> {
			}
			case RegistrationConflictReported reported -> {
			}
			case RegistrationConflictResolved resolved -> {
			}
			case AttendanceRecorded attendance -> {
			}
			case EvaluationInvited invited -> {
			}
			case DelegationAnswersGiven answers -> {
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
