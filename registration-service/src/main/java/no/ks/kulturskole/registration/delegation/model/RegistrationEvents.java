package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.registration.AttendanceRecorded;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.DelegationCancelled;
import no.ks.kulturskole.contracts.registration.DelegationMoved;
import no.ks.kulturskole.contracts.registration.DelegationPromoted;
import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.DelegationWaitlisted;
import no.ks.kulturskole.contracts.registration.ManageLinkIssued;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRemoved;
import no.ks.kulturskole.contracts.registration.ParticipantReplaced;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.ReflectionSubmitted;
import no.ks.kulturskole.contracts.registration.RegistrationConflictReported;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * How the registrations of one workshop tell their changes: the events that go into the
 * outbox with each change. Only ids, numbers and the personal fields the contracts carry
 * (sealed on the way out by the outbox, not here).
 *
 * @param workshopId the workshop every event is about
 */
record RegistrationEvents(String workshopId) {

	/**
	 * A delegation registered: the delegation, each participant, the coordinator's manage
	 * link (after the facts it refers to: notification-service writes the coordinator's
	 * confirmation, with the link, when it sees this one), and a waitlisting told on its
	 * own as well, so that consumers need not derive it from the status.
	 */
	List<DomainEvent> registered(Workshop workshop, Delegation delegation, ManageSecret manageSecret, Instant now) {
		Session session = workshop.session(delegation.sessionId()).orElseThrow();
		List<DomainEvent> events = new ArrayList<>();
		events.add(new DelegationRegistered(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				DelegationRegistered.SCHEMA_VERSION, delegation.sessionId(), delegation.status(),
				delegation.organisation(), delegation.coordinator(), delegation.personCount(), workshop.title(),
				session.startsAt(), session.endsAt(), delegation.language(), delegation.sequence()));
		for (Participant participant : delegation.participants()) {
			events.add(participantRegistered(delegation, participant, now));
		}
		if (manageSecret != null) {
			events.add(manageLinkIssued(delegation, manageSecret, ManageLinkIssued.Reason.REGISTERED, now));
		}
		if (delegation.status() == SeatStatus.WAITLISTED) {
			events.add(new DelegationWaitlisted(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
					DelegationWaitlisted.SCHEMA_VERSION, delegation.sessionId(), delegation.personCount(),
					delegation.sequence()));
		}
		return events;
	}

	ManageLinkIssued manageLinkIssued(Delegation delegation, ManageSecret secret, ManageLinkIssued.Reason reason,
			Instant now) {
		return new ManageLinkIssued(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				ManageLinkIssued.SCHEMA_VERSION, secret.sealedFor(delegation.delegationId()), reason,
				(delegation.language() != null) ? delegation.language() : "nb");
	}

	/**
	 * @param before the delegation as it was, whose seat the event names
	 */
	DelegationCancelled cancelled(Delegation before, Delegation after, DelegationCancelled.Cause cause, Instant now) {
		return new DelegationCancelled(UUID.randomUUID(), before.delegationId(), this.workshopId, now,
				DelegationCancelled.SCHEMA_VERSION, before.sessionId(), before.status(), before.personCount(),
				after.cancellationReason(), after.sequence(), cause);
	}

	DelegationPromoted promoted(Delegation promoted, Instant now) {
		return new DelegationPromoted(UUID.randomUUID(), promoted.delegationId(), this.workshopId, now,
				DelegationPromoted.SCHEMA_VERSION, promoted.sessionId(), promoted.personCount(), promoted.sequence());
	}

	ParticipantRegistered participantRegistered(Delegation delegation, Participant participant, Instant now) {
		return new ParticipantRegistered(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				ParticipantRegistered.SCHEMA_VERSION, participant.participantId(), delegation.sessionId(),
				delegation.organisation().number(), participant.name(), participant.email(), participant.roleTitle(),
				participant.roleCategory());
	}

	ParticipantReplaced participantReplaced(Delegation delegation, Participant before, Participant after, Instant now) {
		return new ParticipantReplaced(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				ParticipantReplaced.SCHEMA_VERSION, before.participantId(), after.participantId(),
				delegation.sessionId(), delegation.organisation().number(), after.name(), after.email(),
				after.roleTitle(), after.roleCategory());
	}

	ParticipantRemoved participantRemoved(Delegation delegation, Participant removed, Instant now) {
		return new ParticipantRemoved(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				ParticipantRemoved.SCHEMA_VERSION, removed.participantId(), delegation.sessionId());
	}

	/**
	 * @param before the delegation as it was, whose session the event names as the one it
	 * left
	 */
	DelegationMoved moved(Delegation before, Delegation after, Instant now) {
		return new DelegationMoved(UUID.randomUUID(), before.delegationId(), this.workshopId, now,
				DelegationMoved.SCHEMA_VERSION, before.sessionId(), after.sessionId(), SeatStatus.CONFIRMED,
				before.personCount(), after.sequence());
	}

	ReflectionSubmitted reflectionSubmitted(Delegation delegation, List<ReflectionAnswer> answers, Instant now) {
		return new ReflectionSubmitted(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				ReflectionSubmitted.SCHEMA_VERSION, delegation.organisation().number(), answers);
	}

	/** The delegation's whole set in the session, with the entry's sequence. */
	AttendanceRecorded attendanceRecorded(Delegation delegation, SessionAttendance entry) {
		return new AttendanceRecorded(UUID.randomUUID(), delegation.delegationId(), this.workshopId, entry.recordedAt(),
				AttendanceRecorded.SCHEMA_VERSION, entry.sessionId(), delegation.organisation().number(),
				entry.present(), delegation.personCount(), entry.sequence());
	}

	RegistrationConflictReported conflictReported(Delegation existing, RegistrationConflict conflict, Instant now) {
		return new RegistrationConflictReported(UUID.randomUUID(), existing.delegationId(), this.workshopId, now,
				RegistrationConflictReported.SCHEMA_VERSION, conflict.conflictId(), existing.organisation(),
				conflict.contact(), conflict.language(), existing.sequence());
	}

	/**
	 * @param delegation the delegation as it was before a hand-over
	 * @param newCoordinator {@code null} unless handed over
	 */
	RegistrationConflictResolved conflictResolved(Delegation delegation, RegistrationConflict conflict,
			Resolution resolution, String staffMember, Contact newCoordinator, Instant now) {
		return new RegistrationConflictResolved(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				RegistrationConflictResolved.SCHEMA_VERSION, conflict.conflictId(), resolution, staffMember,
				newCoordinator, delegation.sequence());
	}

	/** The new coordinator's link, in the language they wrote in. */
	ManageLinkIssued handedOver(Delegation delegation, ManageSecret secret, String language, Instant now) {
		return new ManageLinkIssued(UUID.randomUUID(), delegation.delegationId(), this.workshopId, now,
				ManageLinkIssued.SCHEMA_VERSION, secret.sealedFor(delegation.delegationId()),
				ManageLinkIssued.Reason.HANDED_OVER, language);
	}

}
