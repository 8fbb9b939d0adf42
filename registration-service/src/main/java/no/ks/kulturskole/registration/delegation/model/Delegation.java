package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * A municipality's group for one workshop. It is placed as a whole: all its participants
 * sit in {@code sessionId}, or all of them wait for it.
 *
 * @param sessionId the session it sits in; when waitlisted, the session it waits for
 * @param registeredAt when it came; the waiting list is kept in the order delegations
 * were stored (first come, first served)
 * @param manageTokenHash SHA-256 (hex) of the secret of the self-service link; the secret
 * itself is never stored
 * @param cancelledAt {@code null} while the delegation is active; a cancelled delegation
 * is kept for the record but holds no seats and waits for nothing
 * @param reflection the group's answers to the workshop's reflection questions, empty
 * until submitted
 * @param sequence raised by every change of its seat (registered 1, then each promotion,
 * move and cancellation), and carried by the events that tell of it, so that consumers
 * apply only what is newer than what they hold; 0 in documents from before it existed
 */
public record Delegation(String delegationId, Organisation organisation, Contact coordinator,
		List<Participant> participants, String sessionId, SeatStatus status, Instant registeredAt, String language,
		String manageTokenHash, Instant cancelledAt, String cancellationReason, List<ReflectionAnswer> reflection,
		long sequence) {

	public Delegation {
		participants = (participants != null) ? List.copyOf(participants) : List.of();
		reflection = (reflection != null) ? List.copyOf(reflection) : List.of();
	}

	public int personCount() {
		return this.participants.size();
	}

	public boolean isActive() {
		return this.cancelledAt == null;
	}

	public boolean isConfirmedIn(String sessionId) {
		return isActive() && this.status == SeatStatus.CONFIRMED && this.sessionId.equals(sessionId);
	}

	public boolean isWaiting() {
		return isActive() && this.status == SeatStatus.WAITLISTED;
	}

	Delegation seatedIn(String sessionId) {
		return new Delegation(this.delegationId, this.organisation, this.coordinator, this.participants, sessionId,
				SeatStatus.CONFIRMED, this.registeredAt, this.language, this.manageTokenHash, null, null,
				this.reflection, this.sequence + 1);
	}

	Delegation withParticipants(List<Participant> participants) {
		return new Delegation(this.delegationId, this.organisation, this.coordinator, participants, this.sessionId,
				this.status, this.registeredAt, this.language, this.manageTokenHash, this.cancelledAt,
				this.cancellationReason, this.reflection, this.sequence);
	}

	Delegation withReflection(List<ReflectionAnswer> answers) {
		return new Delegation(this.delegationId, this.organisation, this.coordinator, this.participants, this.sessionId,
				this.status, this.registeredAt, this.language, this.manageTokenHash, this.cancelledAt,
				this.cancellationReason, answers, this.sequence);
	}

	/**
	 * With its personal data erased: see
	 * {@code WorkshopRegistrations#withPersonalDataErased}.
	 */
	Delegation erased() {
		List<Participant> anonymous = this.participants.stream().map(Participant::erased).toList();
		List<ReflectionAnswer> answers = this.reflection.stream()
			.map((answer) -> new ReflectionAnswer(answer.question(), PersonalData.ERASED))
			.toList();
		return new Delegation(this.delegationId, this.organisation, Contact.ERASED, anonymous, this.sessionId,
				this.status, this.registeredAt, this.language, this.manageTokenHash, this.cancelledAt,
				this.cancellationReason, answers, this.sequence);
	}

	/** Whether its personal data was erased already (see {@link #erased()}). */
	public boolean isErased() {
		return Contact.ERASED.equals(this.coordinator);
	}

	/**
	 * Whether the person with this address is the coordinator or one of the delegates.
	 */
	boolean concerns(String email) {
		return isCoordinatedBy(email) || this.participants.stream()
			.anyMatch((participant) -> participant.email() != null
					&& participant.email().strip().equalsIgnoreCase(email.strip()));
	}

	/**
	 * Whether the address is the coordinator's, as people type it: case and surrounding
	 * spaces do not matter.
	 */
	public boolean isCoordinatedBy(String email) {
		return email != null && this.coordinator != null && this.coordinator.email() != null
				&& this.coordinator.email().strip().equalsIgnoreCase(email.strip());
	}

	/**
	 * Handed over to another coordinator, with a new self-service secret for them; the
	 * old one stops working.
	 */
	Delegation withCoordinator(Contact coordinator, String manageTokenHash) {
		return new Delegation(this.delegationId, this.organisation, coordinator, this.participants, this.sessionId,
				this.status, this.registeredAt, this.language, manageTokenHash, this.cancelledAt,
				this.cancellationReason, this.reflection, this.sequence);
	}

	/** With a new self-service secret; the old one stops working. */
	Delegation withManageTokenHash(String hash) {
		return new Delegation(this.delegationId, this.organisation, this.coordinator, this.participants, this.sessionId,
				this.status, this.registeredAt, this.language, hash, this.cancelledAt, this.cancellationReason,
				this.reflection, this.sequence);
	}

	Delegation cancelled(Instant at, String reason) {
		return new Delegation(this.delegationId, this.organisation, this.coordinator, this.participants, this.sessionId,
				this.status, this.registeredAt, this.language, this.manageTokenHash, at, reason, this.reflection,
				this.sequence + 1);
	}

}
