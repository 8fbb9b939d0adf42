package no.ks.kulturskole.workshop.workshop.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.workshop.workshop.application.WorkshopCatalogue;
import no.ks.kulturskole.workshop.workshop.application.WorkshopScheduling;
import no.ks.kulturskole.workshop.workshop.model.Workshop;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff schedule and follow workshops. Reached through the gateway, which logs them in.
 */
@RestController
@RequestMapping(path = "/api/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verksted (ansatte)", description = "Planlegge og se verksted, med møtelenker")
class StaffWorkshopController {

	static final String EXAMPLE = """
			{
			  "title": "Kulturskolen som utviklingsaktør i fremtidens kommune",
			  "description": "Digitalt verksted om kulturskolens rolle i kommunen.",
			  "programme": "Fremtidens kulturskole",
			  "format": "ONLINE",
			  "meetingUrl": "https://møte.example.no/kulturskole-10-mars",
			  "language": "nb",
			  "registrationDeadline": "2027-03-01T23:59",
			  "minDelegationSize": 2,
			  "maxDelegationSize": 6,
			  "outsideRoleRequired": true,
			  "sessions": [
			    { "startsAt": "2027-03-10T09:00", "endsAt": "2027-03-10T11:30", "capacity": 60 }
			  ]
			}""";

	private final WorkshopScheduling scheduling;

	private final WorkshopCatalogue catalogue;

	StaffWorkshopController(WorkshopScheduling scheduling, WorkshopCatalogue catalogue) {
		this.scheduling = scheduling;
		this.catalogue = catalogue;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Planlegg et verksted og åpne det for påmelding",
			description = "Lagrer verkstedet og kunngjør WorkshopScheduled på workshop.events.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "Digitalt verksted", value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Verkstedet er planlagt")
	@ApiResponse(responseCode = "400", description = "Ugyldig forespørsel; feltene er navngitt i errors",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<StaffWorkshopResponse> schedule(@Valid @RequestBody ScheduleWorkshopRequest request) {
		Workshop workshop = this.scheduling.schedule(request.toPlan());
		// Relative, so that it stays right behind the gateway.
		return ResponseEntity.created(URI.create("/api/workshops/" + workshop.id()))
			.body(StaffWorkshopResponse.of(workshop));
	}

	@GetMapping
	@Operation(summary = "Alle verksted, første økt først")
	List<StaffWorkshopResponse> list() {
		return this.catalogue.all().stream().map(StaffWorkshopResponse::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Ett verksted, med møtelenker")
	@ApiResponse(responseCode = "200", description = "Verkstedet")
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	StaffWorkshopResponse get(@PathVariable String id) {
		return StaffWorkshopResponse.of(this.catalogue.byId(id));
	}

}
