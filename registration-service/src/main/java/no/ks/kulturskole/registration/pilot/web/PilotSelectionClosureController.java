package no.ks.kulturskole.registration.pilot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.api.registration.SelectionClosureRequest;
import no.ks.kulturskole.api.registration.SelectionClosureResponse;
import no.ks.kulturskole.registration.pilot.application.PilotSelectionClosing;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff close the pilot selection (issue 14) and see when the applications' personal data
 * is erased; under the pilot applications' path, so the gateway routes and guards it like
 * them.
 */
@RestController
@Tag(name = "Pilotprosjektet", description = "Søknader om å bli pilotkommune i Kulturskole 3.0")
class PilotSelectionClosureController {

	static final String PATH = "/api/pilot-applications/selection/closure";

	static final String CLOSED_EXAMPLE = """
			{
			  "closed": true,
			  "closedAt": "2027-05-02T10:00:00Z",
			  "applications": 14,
			  "selected": 7,
			  "personalDataErasedAt": "2027-07-31T10:00:00Z"
			}""";

	private final PilotSelectionClosing closing;

	PilotSelectionClosureController(PilotSelectionClosing closing) {
		this.closing = closing;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Avslutt utvelgelsen av pilotkommuner",
			description = "Etterpå kan ingen søknad velges, avslås, endres eller sendes inn, og personopplysningene i "
					+ "søknadene slettes en tid senere (platform.privacy.retention.after-pilot-selection, 90 dager). "
					+ "Publiseres som PilotSelectionClosed, uten personopplysninger. Avslutter man igjen, svarer "
					+ "tjenesten med den første avslutningen.")
	@ApiResponse(responseCode = "200", description = "Utvelgelsen er avsluttet",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "Avsluttet", value = CLOSED_EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "Ikke bekreftet; feltet står i errors",
			content = @Content(mediaType = "application/problem+json"))
	SelectionClosureResponse close(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "Bekreftet",
					value = "{ \"confirm\": true }"))) @Valid @RequestBody SelectionClosureRequest request) {
		return SelectionClosureResponses.of(this.closing.close(), this.closing);
	}

	@GetMapping(PATH)
	@Operation(summary = "Om utvelgelsen er avsluttet, og når søknadenes personopplysninger slettes")
	@ApiResponse(responseCode = "200", description = "closed false og null-verdier så lenge den er åpen",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "Avsluttet", value = CLOSED_EXAMPLE)))
	SelectionClosureResponse closure() {
		return this.closing.closure()
			.map((closure) -> SelectionClosureResponses.of(closure, this.closing))
			.orElse(SelectionClosureResponse.open());
	}

}
