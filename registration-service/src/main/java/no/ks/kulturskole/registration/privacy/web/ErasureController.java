package no.ks.kulturskole.registration.privacy.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.ErasureAcceptedResponse;
import no.ks.kulturskole.api.registration.ErasureRequest;
import no.ks.kulturskole.api.registration.ErasureStatusResponse;
import no.ks.kulturskole.registration.privacy.application.ErasureStatus;
import no.ks.kulturskole.registration.privacy.application.Erasures;
import no.ks.kulturskole.support.problem.NotFound;
import no.ks.kulturskole.support.problem.RuleViolation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators only ({@code /api/privacy/**}, see service-support's security): erasure
 * of personal data on request, by delegation or by a person's e-mail address (GDPR art.
 * 17).
 */
@RestController
@Tag(name = "Personvern (administratorer)", description = "Sletting av personopplysninger")
class ErasureController {

	static final String REQUEST_EXAMPLE = """
			{ "email": "kari.nordmann@bergen.kommune.no" }""";

	static final String STATUS_EXAMPLE = """
			{
			  "erasureId": "5b8f0c1e-2d3a-4b5c-9d6e-7f8a9b0c1d2e",
			  "requestedAt": "2027-05-02T10:00:00Z",
			  "owners": ["7d9c1e52-3b4a-4f0e-9c2d-5a6b7c8d9e01"],
			  "services": {
			    "registration-service": {"status": "DONE", "at": "2027-05-02T10:00:00Z"},
			    "notification-service": {"status": "DONE", "at": "2027-05-02T10:00:01Z"},
			    "reporting-service": {"status": "PENDING", "at": null}
			  }
			}""";

	/**
	 * Good enough to refuse what is clearly not an address; the match is exact anyway.
	 */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final Erasures erasures;

	ErasureController(Erasures erasures) {
		this.erasures = erasures;
	}

	@PostMapping(path = "/api/privacy/erasures", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Slett personopplysningene til en delegasjon, eller alt om en person (etter e-post)",
			description = "Oppgi enten delegationId eller email. Svarer med id-en til slettingen; "
					+ "GET /api/privacy/erasures/{erasureId} viser når hver tjeneste er ferdig.")
	@ApiResponse(responseCode = "202", description = "Slettingen er i gang",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(value = "{ \"erasureId\": \"5b8f0c1e-2d3a-4b5c-9d6e-7f8a9b0c1d2e\" }")))
	@ApiResponse(responseCode = "400", description = "Verken eller begge, eller en ugyldig e-postadresse",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Delegasjonen finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<ErasureAcceptedResponse> erase(
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					examples = @ExampleObject(value = REQUEST_EXAMPLE))) @RequestBody ErasureRequest request) {
		boolean byDelegation = request.delegationId() != null && !request.delegationId().isBlank();
		boolean byEmail = request.email() != null && !request.email().isBlank();
		if (byDelegation == byEmail) {
			throw new RuleViolation(byDelegation ? "email" : "delegationId", "one-of-delegation-or-email",
					"Oppgi enten delegationId eller email, ikke begge.");
		}
		if (byEmail && !EMAIL.matcher(request.email().strip()).matches()) {
			throw new RuleViolation("email", "email-invalid", "E-postadressen er ikke gyldig.");
		}
		String erasureId = byDelegation ? this.erasures.ofDelegation(request.delegationId().strip())
				: this.erasures.ofPerson(request.email().strip());
		// 202 with the status resource in Location, where the caller follows the erasure
		return ResponseEntity.accepted()
			.location(URI.create("/api/privacy/erasures/" + erasureId))
			.body(new ErasureAcceptedResponse(erasureId));
	}

	@GetMapping("/api/privacy/erasures/{erasureId}")
	@Operation(summary = "Hvor langt en sletting er kommet, per tjeneste (PENDING eller DONE, med tidspunkt)")
	@ApiResponse(responseCode = "200", description = "Status",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(value = STATUS_EXAMPLE)))
	@ApiResponse(responseCode = "404", description = "Ingen sletting med denne id-en",
			content = @Content(mediaType = "application/problem+json"))
	ErasureStatusResponse status(@PathVariable String erasureId) {
		return this.erasures.status(erasureId)
			.map(ErasureController::responseOf)
			.orElseThrow(() -> new NotFound("erasureId", "Det finnes ingen sletting med denne id-en."));
	}

	private static ErasureStatusResponse responseOf(ErasureStatus status) {
		Map<String, ErasureStatusResponse.ServiceProgress> services = new LinkedHashMap<>();
		status.services()
			.forEach((service, progress) -> services.put(service,
					new ErasureStatusResponse.ServiceProgress(progress.status().name(), progress.at())));
		return new ErasureStatusResponse(status.erasureId(), status.requestedAt(), status.owners(), services);
	}

}
