package no.ks.kulturskole.workshop.workshop.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.workshop.workshop.model.Preparation;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.api.workshop.PublicWorkshopResponse;
import no.ks.kulturskole.workshop.workshop.application.WorkshopCatalogue;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What municipalities see before they register. Never meeting links. */
@RestController
@RequestMapping(path = "/api/public/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verksted (offentlig)", description = "Verksted åpne for påmelding, uten møtelenker")
class PublicWorkshopController {

	/** What a municipality sees: never a meeting link, never staff fields. */
	static final String EXAMPLE = """
			{
			  "id": "6f1b7a52-3c7e-4a43-9d0f-2b1f4f0e9a11",
			  "title": "Kulturskolen som utviklingsaktør i fremtidens kommune",
			  "description": "Digitalt verksted om kulturskolens rolle i kommunen.",
			  "programme": "Fremtidens kulturskole",
			  "organisers": ["KS", "Norsk kulturskoleråd"],
			  "targetGroup": "Kulturskoleledere, kommunalt ansatte og politikere som arbeider med kulturskolens rolle i kommunen",
			  "free": true,
			  "format": "ONLINE",
			  "venue": null,
			  "language": "nb",
			  "timeZone": "Europe/Oslo",
			  "registrationDeadline": "2027-03-01T22:59:00Z",
			  "registrationDeadlineLocal": "2027-03-01T23:59:00",
			  "registrationOpen": true,
			  "minDelegationSize": 2,
			  "maxDelegationSize": 6,
			  "outsideRoleRequired": true,
			  "sessions": [
			    {
			      "sessionId": "3f1c2d4e-0000-4000-8000-000000000001",
			      "startsAt": "2027-03-10T08:00:00Z",
			      "endsAt": "2027-03-10T10:30:00Z",
			      "startsAtLocal": "2027-03-10T09:00:00",
			      "endsAtLocal": "2027-03-10T11:30:00",
			      "capacity": 60,
			      "seatsLeft": 48
			    }
			  ],
			  "cancelled": false,
			  "cancellationReason": null,
			  "invitationOnly": false,
			  "invitationScope": "OPEN",
			  "invitedOrganisations": [],
			  "questions": [
			    { "questionId": "hotel", "scope": "DELEGATION", "kind": "YES_NO", "required": true,
			      "personalData": false, "text": { "nb": "Trenger dere hotell?", "nn": null, "en": null }, "choices": [] }
			  ]
			}""";

	private final WorkshopCatalogue catalogue;

	private final SeatCount seats;

	private final MunicipalityRegister register;

	PublicWorkshopController(WorkshopCatalogue catalogue, SeatCount seats, MunicipalityRegister register) {
		this.catalogue = catalogue;
		this.seats = seats;
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "Verksted åpne for påmelding, første økt først",
			description = "seatsLeft er ledige plasser per økt slik tjenesten kjenner dem fra påmeldingene; "
					+ "et anslag, ikke en garanti.")
	@ApiResponse(responseCode = "200", description = "Åpne verksted",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = PublicWorkshopResponse.class)),
					examples = @ExampleObject(name = "Ett åpent verksted", value = "[" + EXAMPLE + "]")))
	List<PublicWorkshopResponse> open() {
		Instant now = this.catalogue.now();
		return this.catalogue.openForRegistration()
			.stream()
			.map(workshop -> PublicWorkshopResponses.of(workshop, now, this.seats, this.register))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Ett verksted",
			description = "Vises også etter påmeldingsfristen (registrationOpen er da false).")
	@ApiResponse(responseCode = "200", description = "Verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = PublicWorkshopResponse.class),
					examples = @ExampleObject(name = "Digitalt verksted", value = EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	PublicWorkshopResponse get(@PathVariable String id) {
		return PublicWorkshopResponses.of(this.catalogue.publishedById(id), this.catalogue.now(), this.seats,
				this.register);
	}

	/**
	 * For the coordinator's manage page, which lets the group submit its answers. The
	 * questions go out to every delegate once the material is released, so they are no
	 * secret from then on; before that the list is empty. Public, so that the gateway
	 * needs no staff token to show a municipality its questions.
	 */
	@GetMapping("/{id}/reflection-questions")
	@Operation(summary = "Refleksjonsspørsmålene til et verksted",
			description = "Tom liste til forberedelsesmateriellet er sendt ut.")
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	List<String> reflectionQuestions(@PathVariable String id) {
		Preparation preparation = this.catalogue.publishedById(id).preparation();
		return (preparation != null && preparation.isReleased()) ? preparation.reflectionQuestions() : List.of();
	}

}
