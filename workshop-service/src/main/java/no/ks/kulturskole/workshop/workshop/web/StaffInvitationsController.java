package no.ks.kulturskole.workshop.workshop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.support.problem.RuleViolation;
import no.ks.kulturskole.api.workshop.InvitationsRequest;
import no.ks.kulturskole.workshop.workshop.application.WorkshopInvitations;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Invite-only workshops (issue 17): staff say who may register. */
@RestController
@RequestMapping(path = "/api/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verksted (ansatte)", description = "Planlegge og se verksted, med møtelenker")
class StaffInvitationsController {

	static final String EXAMPLE = """
			{ "scope": "LISTED", "organisationNumbers": ["1804", "4601"] }""";

	private final WorkshopInvitations invitations;

	StaffInvitationsController(WorkshopInvitations invitations) {
		this.invitations = invitations;
	}

	@PutMapping(path = "/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Bestem hvem som kan melde seg på",
			description = "OPEN: alle kommuner og fylkeskommuner. LISTED: bare organisasjonene i organisationNumbers "
					+ "(kommune- eller fylkesnummer). PILOT_MUNICIPALITIES: kommunene som er valgt ut til piloten, "
					+ "også de som velges senere. Et publisert verksted kunngjør endringen "
					+ "(WorkshopInvitationsChanged); de inviterte får en invitasjon på e-post.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "To kommuner", value = EXAMPLE))))
	@ApiResponse(responseCode = "400", description = "Ukjent organisasjon eller tom liste; feltet er navngitt",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409", description = "Verkstedet er over eller avlyst",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse invite(@PathVariable String id, @RequestBody InvitationsRequest request) {
		if (request.scope() == null) {
			throw new RuleViolation("scope", "invitations-scope-missing", "Velg hvem som kan melde seg på.");
		}
		return StaffWorkshopResponses
			.of(this.invitations.invite(id, WorkshopRequests.scope(request.scope()), request.organisationNumbers()));
	}

}
