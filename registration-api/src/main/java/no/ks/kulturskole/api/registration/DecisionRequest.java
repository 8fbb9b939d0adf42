package no.ks.kulturskole.api.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's decision on a municipality's application to the pilot project. */
public record DecisionRequest(
		@Schema(example = "SELECTED", description = "SELECTED eller DECLINED") @NotNull(
				message = "Beslutning må velges.") PilotStatus decision,
		@Schema(nullable = true, description = "Begrunnelse ved avslag") @Size(max = 2000,
				message = "Teksten er for lang.") String reason) {
}
