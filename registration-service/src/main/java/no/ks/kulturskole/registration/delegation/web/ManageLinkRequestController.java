package no.ks.kulturskole.registration.delegation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.api.registration.PublicRequests;
import no.ks.kulturskole.registration.delegation.application.RequestManageLink;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A coordinator who lost the self-service link asks for a new one. The answer is the same
 * whether or not anything matched, so the endpoint cannot be used to find out which
 * municipalities registered or which addresses they use; the link only ever goes to the
 * coordinator address stored with the delegation.
 */
@RestController
@Tag(name = "Påmelding", description = "Kommunenes påmelding av delegasjoner til verksteder")
class ManageLinkRequestController {

	static final String ACCEPTED = "Takk. Hvis kommunen har en påmelding til dette verkstedet med denne "
			+ "e-postadressen som kontaktperson, sender vi en ny lenke dit om noen minutter. Den gamle lenken "
			+ "slutter da å virke.";

	static final String EXAMPLE = """
			{"organisationNumber": "4601", "email": "kari.nordmann@bergen.kommune.no"}""";

	static final String ANSWER_EXAMPLE = "{\"message\": \"" + ACCEPTED + "\"}";

	private final RequestManageLink requestManageLink;

	ManageLinkRequestController(RequestManageLink requestManageLink) {
		this.requestManageLink = requestManageLink;
	}

	@PostMapping(path = "/api/public/workshops/{workshopId}/manage-link-requests",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Be om ny lenke til påmeldingen",
			description = "For kontaktpersonen som har mistet lenken. Har kommunen (eller fylkeskommunen) en aktiv "
					+ "påmelding til verkstedet med denne e-postadressen som kontaktperson, lages en ny lenke som "
					+ "sendes til den adressen, og den gamle slutter å virke. Svaret er alltid det samme (202), "
					+ "så det forteller ikke om kommunen er påmeldt eller hvilken adresse den bruker.")
	@ApiResponse(responseCode = "202", description = "Mottatt; lenken sendes hvis opplysningene stemmer",
			content = @Content(mediaType = "application/json",
					examples = @ExampleObject(name = "Alltid samme svar", value = ANSWER_EXAMPLE)))
	@ApiResponse(responseCode = "400", description = "Ugyldig forespørsel; feltet står i errors",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "For mange forespørsler for kommunen; se Retry-After",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Answer> request(@PathVariable String workshopId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "Kontaktpersonen i Bergen",
							value = EXAMPLE))) @Valid @RequestBody PublicRequests.LinkRequest request) {
		this.requestManageLink.request(workshopId, request.organisationNumber().strip(), request.email().strip());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Answer(ACCEPTED));
	}

	record Answer(@Schema(description = "Det samme svaret uansett om noe ble funnet") String message) {
	}

}
