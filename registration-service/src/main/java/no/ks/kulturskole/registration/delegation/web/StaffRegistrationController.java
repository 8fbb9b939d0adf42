package no.ks.kulturskole.registration.delegation.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.registration.delegation.application.DelegationQueries;
import no.ks.kulturskole.registration.delegation.model.Delegation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For staff only: carries names and e-mails. The gateway authenticates staff before it
 * routes here; this service trusts the gateway.
 */
@RestController
@Tag(name = "Påmeldinger (ansatte)", description = "Delegasjonene med deltakere, for KS og Kulturskolerådet")
class StaffRegistrationController {

	private final DelegationQueries queries;

	StaffRegistrationController(DelegationQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/registrations")
	@Operation(summary = "Delegasjonene til et verksted, i påmeldingsrekkefølge")
	List<StaffDelegationView> delegations(
			@Parameter(example = "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10") @RequestParam String workshopId) {
		return this.queries.registrationsOf(workshopId)
			.delegations()
			.stream()
			.map(delegation -> StaffDelegationView.of(workshopId, delegation))
			.toList();
	}

	record StaffDelegationView(String delegationId, String workshopId, String sessionId, SeatStatus status,
			Instant registeredAt, Organisation municipality, Contact coordinator, int participantCount,
			List<ParticipantView> participants, String language) {

		static StaffDelegationView of(String workshopId, Delegation delegation) {
			return new StaffDelegationView(delegation.delegationId(), workshopId, delegation.sessionId(),
					delegation.status(), delegation.registeredAt(), delegation.organisation(), delegation.coordinator(),
					delegation.personCount(),
					delegation.participants()
						.stream()
						.map(participant -> new ParticipantView(participant.participantId(), participant.name(),
								participant.email(), participant.roleTitle(), participant.roleCategory()))
						.toList(),
					delegation.language());
		}

	}

	record ParticipantView(String participantId, String name, String email, String roleTitle,
			RoleCategory roleCategory) {
	}

}
