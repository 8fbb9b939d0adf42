package no.ks.kulturskole.registration.delegation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.api.registration.StaffDelegationView;
import no.ks.kulturskole.api.registration.StaffMoveRequests;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
 * For staff only: carries names and e-mails. The gateway authenticates staff and relays
 * them with a signed token, which this service checks (service-support's security).
 */
@RestController
@Tag(name = "Påmeldinger (ansatte)", description = "Delegasjonene med deltakere, for KS og Kulturskolerådet")
class StaffRegistrationController {

	static final String MOVE_EXAMPLE = """
			{ "sessionId": "s-2" }""";

	static final String MOVED_EXAMPLE = """
			{ "moved": ["7d9c1e52-3b4a-4f0e-9c2d-5a6b7c8d9e01"], "sessionId": "s-2" }""";

	static final String WAITING_LIST_MOVE_EXAMPLE = """
			{ "workshopId": "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10", "sessionId": "s-3" }""";

	static final String WAITING_LIST_MOVED_EXAMPLE = """
			{
			  "moved": ["0b6f5d4c-2a1e-4c3b-8d7e-9f0a1b2c3d4e", "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b"],
			  "sessionId": "s-3"
			}""";

	static final String DELEGATIONS_EXAMPLE = """
			[
			  {
			    "delegationId": "7d9c1e52-3b4a-4f0e-9c2d-5a6b7c8d9e01",
			    "workshopId": "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10",
			    "sessionId": "s-1",
			    "status": "CONFIRMED",
			    "registeredAt": "2027-02-03T09:15:00Z",
			    "municipality": {"number": "4601", "name": "Bergen", "countyNumber": "46", "countyName": "Vestland"},
			    "coordinator": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "phone": "+47 55 56 00 00"},
			    "participantCount": 2,
			    "participants": [
			      {"participantId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "roleTitle": "Kulturskoleleder", "roleCategory": "KULTURSKOLE"},
			      {"participantId": "f6e5d4c3-b2a1-4f0e-9d8c-7b6a5f4e3d2c", "name": "Per Hansen", "email": "per.hansen@bergen.kommune.no", "roleTitle": "Kommunalsjef oppvekst", "roleCategory": "MUNICIPAL_LEADER"}
			    ],
			    "language": "nb",
			    "cancelledAt": null,
			    "cancellationReason": null,
			    "reflection": [
			      {"question": "Hvem når kulturskolen i dag?", "answer": "Om lag en av fem elever i grunnskolen."}
			    ]
			  }
			]""";

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
	@ApiResponse(responseCode = "200", description = "Delegasjonen er flyttet",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = MoveResult.class),
					examples = @ExampleObject(name = "Flyttet til økt 2", value = MOVED_EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "Delegasjonen eller økten finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Økten har ikke plass til hele delegasjonen",
			content = @Content(mediaType = "application/problem+json"))
	MoveResult move(@PathVariable String delegationId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "Til økt 2",
							value = MOVE_EXAMPLE))) @Valid @RequestBody StaffMoveRequests.MoveRequest request) {
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
	@ApiResponse(responseCode = "200", description = "Delegasjonene som ble flyttet, i påmeldingsrekkefølge",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = MoveResult.class),
					examples = @ExampleObject(name = "To delegasjoner til ekstraøkten",
							value = WAITING_LIST_MOVED_EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "Verkstedet eller økten finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	MoveResult moveWaitingList(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "Til ekstraøkten",
					value = WAITING_LIST_MOVE_EXAMPLE))) @Valid @RequestBody StaffMoveRequests.WaitingListMoveRequest request) {
		return new MoveResult(this.moves.moveWaitingList(request.workshopId(), request.sessionId()),
				request.sessionId());
	}

	/**
	 * @param moved the delegations moved, in the order they came
	 */
	record MoveResult(List<String> moved, String sessionId) {
	}

	@GetMapping("/api/registrations")
	@Operation(summary = "Delegasjonene til et verksted, i påmeldingsrekkefølge")
	@ApiResponse(responseCode = "200", description = "Delegasjonene med deltakere og refleksjonssvar",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = StaffDelegationView.class)),
					examples = @ExampleObject(name = "Bergen med to deltakere", value = DELEGATIONS_EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	List<StaffDelegationView> delegations(
			@Parameter(example = "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10") @RequestParam String workshopId) {
		return this.queries.registrationsOf(workshopId)
			.delegations()
			.stream()
			.map(delegation -> staffView(workshopId, delegation))
			.toList();
	}

	private static StaffDelegationView staffView(String workshopId, Delegation delegation) {
		return new StaffDelegationView(delegation.delegationId(), workshopId, delegation.sessionId(),
				delegation.status(), delegation.registeredAt(), delegation.organisation(), delegation.coordinator(),
				delegation.personCount(),
				delegation.participants()
					.stream()
					.map(participant -> new StaffDelegationView.ParticipantView(participant.participantId(),
							participant.name(), participant.email(), participant.roleTitle(),
							participant.roleCategory()))
					.toList(),
				delegation.language(), delegation.cancelledAt(), delegation.cancellationReason(),
				delegation.reflection());
	}

}
