package no.ks.kulturskole.api.registration;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * A workshop's delegation as staff see it ({@code GET /api/registrations?workshopId=}):
 * carries the coordinator and the delegates, personal data.
 */
public record StaffDelegationView(String delegationId, String workshopId, String sessionId, SeatStatus status,
		Instant registeredAt, Organisation municipality, Contact coordinator, int participantCount,
		List<ParticipantView> participants, String language, Instant cancelledAt, String cancellationReason,
		List<ReflectionAnswer> reflection) {

	public record ParticipantView(String participantId, String name, String email, String roleTitle,
			RoleCategory roleCategory) {
	}

}
