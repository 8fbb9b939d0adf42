package no.ks.kulturskole.registration.delegation.web;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.api.registration.ConflictResponse;
import no.ks.kulturskole.api.registration.StaffMoveRequests;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.contracts.registration.RegistrationConflictResolved.Resolution;
import no.ks.kulturskole.registration.delegation.application.RegistrationConflicts;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For staff only: someone other than a delegation's coordinator tried to register the
 * same municipality. Carries both people's names and e-mails.
 */
@RestController
@Tag(name = "Påmeldingskonflikter (ansatte)",
		description = "En annen enn kontaktpersonen prøvde å melde på en kommune som allerede er påmeldt")
class RegistrationConflictController {

	static final String CONFLICTS_EXAMPLE = """
			[
			  {
			    "conflictId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
			    "delegationId": "7d9c1e52-3b4a-4f0e-9c2d-5a6b7c8d9e01",
			    "workshopId": "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10",
			    "municipality": {"number": "4601", "name": "Bergen", "countyNumber": "46", "countyName": "Vestland"},
			    "contact": {"name": "Per Olsen", "email": "per.olsen@bergen.kommune.no", "phone": null},
			    "language": "nb",
			    "coordinator": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "phone": null},
			    "reportedAt": "2027-02-03T10:02:00Z",
			    "status": "OPEN",
			    "resolution": null,
			    "resolvedBy": null,
			    "resolvedAt": null
			  }
			]""";

	static final String RESOLUTION_EXAMPLE = """
			{ "resolution": "HAND_OVER" }""";

	private final RegistrationConflicts conflicts;

	RegistrationConflictController(RegistrationConflicts conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping("/api/registrations/conflicts")
	@Operation(summary = "Påmeldingskonfliktene til et verksted, åpne og løste, i rekkefølgen de kom")
	@ApiResponse(responseCode = "200", description = "Konfliktene",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = ConflictResponse.class)),
					examples = @ExampleObject(name = "En åpen konflikt", value = CONFLICTS_EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	List<ConflictResponse> conflicts(
			@Parameter(example = "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10") @RequestParam String workshopId) {
		// the staff page asks on every refresh: no delegations read when there is nothing
		if (!this.conflicts.anyIn(workshopId)) {
			return List.of();
		}
		WorkshopRegistrations registrations = this.conflicts.registrationsOf(workshopId);
		return registrations.conflicts()
			.stream()
			.map(conflict -> ConflictResponses.of(registrations, conflict))
			.toList();
	}

	@PostMapping(path = "/api/registrations/conflicts/{conflictId}/resolution",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Løs en påmeldingskonflikt",
			description = "KEEP_EXISTING: påmeldingen beholder kontaktpersonen. HAND_OVER: personen som prøvde blir "
					+ "kontaktperson og får en ny lenke på e-post; den gamle lenken slutter å virke.")
	@ApiResponse(responseCode = "200", description = "Konflikten er løst",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ConflictResponse.class)))
	@ApiResponse(responseCode = "400", description = "Ukjent løsning; feltet står i errors",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Konflikten finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Konflikten er allerede løst, eller påmeldingen er avmeldt",
			content = @Content(mediaType = "application/problem+json"))
	ConflictResponse resolve(@PathVariable String conflictId, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "Overfør",
					value = RESOLUTION_EXAMPLE))) @Valid @RequestBody StaffMoveRequests.ResolutionRequest request,
			Principal staffMember) {
		RegistrationConflicts.Resolved resolved = this.conflicts.resolve(conflictId,
				Resolution.valueOf(request.resolution()), staffMember.getName());
		return ConflictResponses.of(resolved.registrations(), resolved.conflict());
	}

}
