package no.ks.kulturskole.registration.delegation.model;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * A municipality's group for one workshop. It is placed as a whole: all its participants
 * sit in {@code sessionId}, or all of them wait for it.
 *
 * @param sessionId the session it sits in; when waitlisted, the session it waits for
 * @param registeredAt the order of the waiting list (first come, first served)
 */
public record Delegation(String delegationId, Organisation organisation, Contact coordinator,
		List<Participant> participants, String sessionId, SeatStatus status, Instant registeredAt, String language) {

	public Delegation {
		participants = (participants != null) ? List.copyOf(participants) : List.of();
	}

	public int personCount() {
		return this.participants.size();
	}

	public boolean isConfirmedIn(String sessionId) {
		return this.status == SeatStatus.CONFIRMED && this.sessionId.equals(sessionId);
	}

}
