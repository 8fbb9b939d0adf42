package no.ks.kulturskole.api.registration;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.ks.kulturskole.contracts.registration.RoleCategory;

/**
 * Bodies of the coordinator's changes through the manage link: the delegate list as it
 * shall be, and the group's reflection answers. The messages are the registration form's
 * ({@link RegistrationRequest}).
 */
public final class ManageRequests {

	private ManageRequests() {
	}

	public record ChangeRequest(@Schema(description = "Delegasjonen slik den skal være") @NotNull(
			message = "Deltakerlisten må fylles ut.") @Size(max = RegistrationRequest.MAX_DELEGATES,
					message = "For mange deltakere.") List<@NotNull(
							message = RegistrationRequest.PARTICIPANT_MISSING) @Valid Line> participants) {
	}

	/**
	 * A delegate line: the registration form's fields, plus the id of a delegate kept.
	 */
	public record Line(@Schema(nullable = true) @Size(max = 64) String participantId,
			@NotBlank(message = RegistrationRequest.NAME_MISSING) @Size(max = 200,
					message = RegistrationRequest.TOO_LONG) String name,
			@NotBlank(message = RegistrationRequest.EMAIL_MISSING) @Email(regexp = RegistrationRequest.EMAIL,
					message = RegistrationRequest.EMAIL_INVALID) @Size(max = 254,
							message = RegistrationRequest.EMAIL_INVALID) String email,
			@NotBlank(message = RegistrationRequest.ROLE_MISSING) @Size(max = 200,
					message = RegistrationRequest.TOO_LONG) String roleTitle,
			@NotNull(message = RegistrationRequest.CATEGORY_MISSING) RoleCategory roleCategory) {
	}

	public record ReflectionRequest(@NotNull(message = "Svarene må fylles ut.") @Size(min = 1, max = 30,
			message = "Send mellom 1 og 30 svar.") List<@NotNull(
					message = "Svaret mangler.") @Valid ReflectionAnswerRequest> answers) {
	}

	public record ReflectionAnswerRequest(
			@NotBlank(message = "Spørsmålet må fylles ut.") @Size(max = 1000,
					message = RegistrationRequest.TOO_LONG) String question,
			@NotBlank(message = "Svaret må fylles ut.") @Size(max = 5000,
					message = RegistrationRequest.TOO_LONG) String answer) {
	}

}
