package no.ks.kulturskole.api.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Bodies of the staff requests that move delegations or settle a registration conflict.
 */
public final class StaffMoveRequests {

	private StaffMoveRequests() {
	}

	/** One delegation to another session of its workshop. */
	public record MoveRequest(@Schema(example = "s-2") @NotBlank(message = "Økt må velges.") String sessionId) {
	}

	/**
	 * The workshop's waiting list, in the order it came, to a session, as far as seats
	 * go.
	 */
	public record WaitingListMoveRequest(@NotBlank(message = "Verksted må velges.") String workshopId,
			@Schema(example = "s-2") @NotBlank(message = "Økt må velges.") String sessionId) {
	}

	/**
	 * Keep the coordinator, or hand the delegation over to the person who tried.
	 *
	 * @param resolution {@code KEEP_EXISTING} or {@code HAND_OVER}
	 */
	public record ResolutionRequest(@Schema(example = "KEEP_EXISTING", allowableValues = {
			"KEEP_EXISTING", "HAND_OVER" }) @NotBlank(message = "Velg en løsning.") @Pattern(
					regexp = "KEEP_EXISTING|HAND_OVER",
					message = "Løsningen må være KEEP_EXISTING eller HAND_OVER.") String resolution){
	}

}
