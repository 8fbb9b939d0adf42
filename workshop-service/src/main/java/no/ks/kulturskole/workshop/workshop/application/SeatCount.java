package no.ks.kulturskole.workshop.workshop.application;

import java.util.ArrayList;
import java.util.List;

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
import no.ks.kulturskole.workshop.workshop.application.DelegationSeats.Refused;
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

	/** One event, as {@link #applyAll} would; a refusal is thrown. */
	public void apply(DelegationEvent event) {
		applyAll(List.of(event)).forEach((refused) -> {
			throw refused.cause();
		});
	}

	/**
	 * A poll's events in their order, written together
	 * ({@link DelegationSeats#applyAll}): a rush brings about eight per delegation, and
	 * one round trip each kept the consumer behind the rush.
	 * @return the events that cannot be applied, ever (by their index in {@code events}:
	 * an event too broken to say what it changes, or whose change the store refuses); the
	 * others are applied
	 */
	public List<Refused> applyAll(List<? extends DelegationEvent> events) {
		List<Refused> refused = new ArrayList<>();
		List<SeatChange> changes = new ArrayList<>();
		List<Integer> eventOfChange = new ArrayList<>();
		for (int index = 0; index < events.size(); index++) {
			try {
				SeatChange change = changeOf(events.get(index));
				if (change != null) {
					changes.add(change);
					eventOfChange.add(index);
				}
			}
			catch (RuntimeException broken) {
				// an event without what its change needs: its own failure, to be
				// dead-lettered, not the poll's, to be tried again without end
				refused.add(new Refused(index, broken));
			}
		}
		if (!changes.isEmpty()) {
			this.seats.applyAll(changes)
				.forEach((notWritten) -> refused
					.add(new Refused(eventOfChange.get(notWritten.index()), notWritten.cause())));
		}
		return refused;
	}

	/** What the event changes, or {@code null} when it takes no seats. */
	private static SeatChange changeOf(DelegationEvent event) {
		return switch (event) {
			case DelegationRegistered registered ->
				new SeatChange.Place(registered.delegationId(), registered.workshopId(), registered.sessionId(),
						seatOf(registered.status()), registered.participantCount(), registered.delegationSequence());
			case DelegationWaitlisted waitlisted ->
				new SeatChange.Place(waitlisted.delegationId(), waitlisted.workshopId(), waitlisted.sessionId(),
						Seat.WAITLISTED, waitlisted.participantCount(), waitlisted.delegationSequence());
			case DelegationPromoted promoted -> new SeatChange.Place(promoted.delegationId(), promoted.workshopId(),
					promoted.sessionId(), Seat.CONFIRMED, promoted.participantCount(), promoted.delegationSequence());
			case DelegationMoved moved -> new SeatChange.Place(moved.delegationId(), moved.workshopId(),
					moved.toSessionId(), seatOf(moved.status()), moved.participantCount(), moved.delegationSequence());
			case DelegationCancelled cancelled ->
				new SeatChange.Place(cancelled.delegationId(), cancelled.workshopId(), cancelled.sessionId(),
						Seat.CANCELLED, cancelled.participantCount(), cancelled.delegationSequence());
			case ParticipantRegistered participant -> new SeatChange.AddParticipant(participant.delegationId(),
					participant.workshopId(), participant.participantId(), participant.eventId().toString());
			case ParticipantRemoved removed -> new SeatChange.RemoveParticipant(removed.delegationId(),
					removed.participantId(), removed.eventId().toString());
			case ParticipantReplaced replaced ->
				new SeatChange.ReplaceParticipant(replaced.delegationId(), replaced.workshopId(),
						replaced.replacedParticipantId(), replaced.participantId(), replaced.eventId().toString());
			// take no seats
			case ReflectionSubmitted reflection -> null;
			case ManageLinkIssued link -> null;
			case RegistrationConflictReported reported -> null;
			case RegistrationConflictResolved resolved -> null;
			case AttendanceRecorded attendance -> null;
			case EvaluationInvited invited -> null;
			case DelegationAnswersGiven answers -> null;
		};
	}

	public int confirmedPersons(String workshopId, String sessionId) {
		return this.seats.confirmedPersons(workshopId, sessionId);
	}

	private static Seat seatOf(SeatStatus status) {
		return (status == SeatStatus.CONFIRMED) ? Seat.CONFIRMED : Seat.WAITLISTED;
	}

}
