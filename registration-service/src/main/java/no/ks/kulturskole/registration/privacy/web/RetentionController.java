package no.ks.kulturskole.registration.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.RetentionResponse;
import no.ks.kulturskole.registration.privacy.application.RetentionByDefault;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff ({@code /api/registrations/**}) see when a workshop's personal data is erased by
 * retention by default (issue 14).
 */
@RestController
@Tag(name = "Påmeldinger (ansatte)", description = "Delegasjonene med deltakere, for KS og Kulturskolerådet")
class RetentionController {

	private final RetentionByDefault retention;

	RetentionController(RetentionByDefault retention) {
		this.retention = retention;
	}

	@GetMapping("/api/registrations/retention")
	@Operation(summary = "Når personopplysningene til et verksted slettes",
			description = "En tid etter at verkstedet er gjennomført eller avlyst; null så lenge det ikke er det.")
	@ApiResponse(responseCode = "200", description = "Tidspunktet")
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	RetentionResponse retention(
			@Parameter(example = "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10") @RequestParam String workshopId) {
		return new RetentionResponse(workshopId, this.retention.personalDataErasedAt(workshopId).orElse(null));
	}

}
