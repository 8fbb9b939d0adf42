package no.ks.kulturskole.registration.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import no.ks.kulturskole.api.registration.ErasureAcceptedResponse;
import no.ks.kulturskole.registration.delegation.application.ManageDelegation;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.registration.delegation.application.ManagedDelegation;
import no.ks.kulturskole.registration.privacy.application.Erasures;
import no.ks.kulturskole.support.problem.ConflictingState;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coordinator's own erasure (GDPR art. 17), from the self-service link: once the
 * workshop is over (completed or cancelled), the delegation's personal data is erased as
 * an administrator's erasure would (the same {@link Erasures}, so every service erases
 * its copies and reports back). Before that, the delegation is still in use: refused with
 * 409.
 */
@RestController
@Tag(name = "Påmelding", description = "Kommunenes påmelding av delegasjoner til verksteder")
class CoordinatorErasureController {

	private final ManageDelegation manage;

	private final Erasures erasures;

	CoordinatorErasureController(ManageDelegation manage, Erasures erasures) {
		this.manage = manage;
		this.erasures = erasures;
	}

	@PostMapping("/api/public/registrations/{delegationId}/erasure")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Slett delegasjonens personopplysninger (når verkstedet er over)",
			description = "Bare med hemmeligheten fra lenken (X-Manage-Token): uten gir 401, feil gir 404. Før "
					+ "verkstedet er gjennomført eller avlyst gir 409.")
	@ApiResponse(responseCode = "401", description = "Ingen hemmelighet",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Påmeldingen finnes ikke, eller hemmeligheten er feil",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Verkstedet er ikke over ennå",
			content = @Content(mediaType = "application/problem+json"))
	ErasureAcceptedResponse erase(@PathVariable String delegationId, HttpServletRequest caller,
			@RequestHeader(name = ManageTokens.HEADER, required = false) String token) {
		if (token == null || token.isBlank()) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Lenken til påmeldingen mangler nøkkelen.");
		}
		ManagedDelegation managed = this.manage.view(delegationId, token.strip(), caller.getRemoteAddr());
		if (!managed.erasable()) {
			throw new ConflictingState("delegationId", "workshop-not-over",
					"Opplysningene kan slettes når verkstedet er gjennomført eller avlyst.");
		}
		return new ErasureAcceptedResponse(this.erasures.ofDelegation(delegationId));
	}

}
