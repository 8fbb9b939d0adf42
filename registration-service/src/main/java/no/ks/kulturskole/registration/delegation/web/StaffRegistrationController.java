package no.ks.kulturskole.registration.delegation.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.contracts.registration.RoleCategory;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.registration.delegation.application.DelegationQueries;
import no.ks.kulturskole.registration.delegation.application.StaffMoves;
import no.ks.kulturskole.registration.delegation.model.Delegation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	private final StaffMoves moves;

	StaffRegistrationController(DelegationQueries queries, StaffMoves moves) {
		this.queries = queries;
		this.moves = moves;
	}

	@PostMapping(path = "/api/registrations/{delegationId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Flytt en delegasjon til en annen økt",
			description = "Hele delegasjonen flyttes, og bare til en økt med plass til alle. Plassene den forlater "
					+ "går til ventelisten.")
	@ApiResponse(responseCode = "409", description = "Økten har ikke plass til hele delegasjonen",
			content = @Content(mediaType = "application/problem+json"))
	MoveResult move(@PathVariable String delegationId, @Valid @RequestBody MoveRequest request) {
		var result = this.moves.move(delegationId, request.sessionId());
		return new MoveResult(List.of(result.delegation().delegationId()), result.delegation().sessionId());
	}

	@DeleteMapping("/api/registrations/{delegationId}")
	@Operation(summary = "Meld av en delegasjon",
			description = "Også etter påmeldingsfristen. Plassene går til den første på ventelisten som får plass.")
	ResponseEntity<Void> cancel(@PathVariable String delegationId,
			@Parameter(description = "Begrunnelsen som sendes til de berørte",
					example = "Kommunen meldte avbud på telefon") @RequestParam(name = "reason",
							required = false) String reason) {
		this.moves.cancel(delegationId,
				(reason != null && !reason.isBlank()) ? reason.strip() : "Avmeldt av arrangøren");
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/registrations/waiting-list/moves", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Flytt ventelisten til en økt",
			description = "Hver ventende delegasjon som får plass, i påmeldingsrekkefølge; de andre venter videre.")
	MoveResult moveWaitingList(@Valid @RequestBody WaitingListMoveRequest request) {
		return new MoveResult(this.moves.moveWaitingList(request.workshopId(), request.sessionId()),
				request.sessionId());
	}

	record MoveRequest(@Schema(example = "s-2") @NotBlank(message = "Økt må velges.") String sessionId) {
	}

	record WaitingListMoveRequest(@NotBlank(message = "Verksted må velges.") String workshopId,
			@Schema(example = "s-2") @NotBlank(message = "Økt må velges.") String sessionId) {
	}

	/**
	 * @param moved the delegations moved, in the order they came
	 */
	record MoveResult(List<String> moved, String sessionId) {
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
			List<ParticipantView> participants, String language, Instant cancelledAt, String cancellationReason,
			List<ReflectionAnswer> reflection) {

		static StaffDelegationView of(String workshopId, Delegation delegation) {
			return new StaffDelegationView(delegation.delegationId(), workshopId, delegation.sessionId(),
					delegation.status(), delegation.registeredAt(), delegation.organisation(), delegation.coordinator(),
					delegation.personCount(),
					delegation.participants()
						.stream()
						.map(participant -> new ParticipantView(participant.participantId(), participant.name(),
								participant.email(), participant.roleTitle(), participant.roleCategory()))
						.toList(),
					delegation.language(), delegation.cancelledAt(), delegation.cancellationReason(),
					delegation.reflection());
		}

	}

	record ParticipantView(String participantId, String name, String email, String roleTitle,
			RoleCategory roleCategory) {
	}

}
