package no.ks.kulturskole.api.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * Staff close the pilot selection (issue 14): a deliberate step that cannot be undone, so
 * the caller confirms it.
 */
public record SelectionClosureRequest(
		@Schema(example = "true", description = "true: utvelgelsen avsluttes for godt") @NotNull(
				message = "Bekreft at utvelgelsen skal avsluttes.") @AssertTrue(
						message = "Bekreft at utvelgelsen skal avsluttes.") Boolean confirm) {
}
