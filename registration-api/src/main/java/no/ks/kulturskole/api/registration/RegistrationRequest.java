package no.ks.kulturskole.api.registration;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.ks.kulturskole.contracts.registration.RoleCategory;

/**
 * The registration form, as registration-service reads it and the gateway's public page
 * sends it. Format rules live here (bean validation, messages in bokmål); the rules of
 * the workshop (size, roles, duplicates, deadline) live in the service's model.
 */
public record RegistrationRequest(
		@Schema(example = "4601",
				description = "Kommunenummeret (fire sifre, fra 2024; et nummer fra 2023 godtas når det ble til én ny "
						+ "kommune), eller fylkesnummeret (to sifre) for en fylkeskommune") @NotBlank(
								message = NUMBER_MISSING) @Pattern(regexp = "[0-9]{2}|[0-9]{4}",
										message = NUMBER_FORMAT) String municipalityNumber,
		@NotNull(message = COORDINATOR_MISSING) @Valid Coordinator coordinator,
		@Schema(description = "Delegasjonen, minst én deltaker") @Size(max = MAX_DELEGATES,
				message = TOO_MANY) List<@NotNull(message = PARTICIPANT_MISSING) @Valid Delegate> participants,
		@Schema(example = "nb", description = "Språket e-postene skrives på: nb, nn eller en (standard nb)",
				nullable = true) @Pattern(regexp = "nb|nn|en", message = LANGUAGE) String language,
		@Schema(description = "Svar på verkstedets ekstra spørsmål til delegasjonen, etter spørsmålets id: tekst, "
				+ "valgets id, en liste av valgenes id-er, eller true/false for ja/nei", nullable = true,
				example = "{\"hotel\": true}") Map<String, Object> answers) {

	/**
	 * The most delegates a request may carry: the format check's bound, the same as the
	 * service model's own limit (a test in registration-service holds them equal).
	 */
	public static final int MAX_DELEGATES = 30;

	public static final String NUMBER_MISSING = PublicRequests.NUMBER_MISSING;

	public static final String NUMBER_FORMAT = PublicRequests.NUMBER_FORMAT;

	public static final String COORDINATOR_MISSING = "Kontaktperson må fylles ut.";

	public static final String PARTICIPANT_MISSING = "Deltakeren mangler.";

	public static final String LANGUAGE = "Språk må være nb, nn eller en.";

	public static final String NAME_MISSING = "Navn må fylles ut.";

	public static final String ROLE_MISSING = "Rolle må fylles ut.";

	public static final String CATEGORY_MISSING = "Rollekategori må velges.";

	public static final String TOO_LONG = "Teksten er for lang.";

	public static final String TOO_MANY = "En delegasjon kan ha høyst " + MAX_DELEGATES + " deltakere.";

	public static final String EMAIL_MISSING = PublicRequests.EMAIL_MISSING;

	public static final String EMAIL_INVALID = PublicRequests.EMAIL_INVALID;

	/** Stricter than RFC 5322 on purpose: a mail domain must have a dot. */
	public static final String EMAIL = PublicRequests.EMAIL;

	public static final String PHONE = "Telefonnummeret kan bare ha sifre, mellomrom og + - ( ).";

	/** The delegates' answers in their order, for the extra questions' rules. */
	public List<Map<String, Object>> participantAnswers() {
		return (this.participants != null)
				? this.participants.stream().map(delegate -> (delegate != null) ? delegate.answers() : null).toList()
				: List.of();
	}

	public int delegates() {
		return (this.participants != null) ? this.participants.size() : 0;
	}

	public record Coordinator(
			@Schema(example = "Kari Nordmann") @NotBlank(message = NAME_MISSING) @Size(max = 200,
					message = TOO_LONG) String name,
			@Schema(example = "kari.nordmann@bergen.kommune.no") @NotBlank(message = EMAIL_MISSING) @Email(
					regexp = EMAIL, message = EMAIL_INVALID) @Size(max = 254, message = EMAIL_INVALID) String email,
			@Schema(example = "+47 55 56 00 00", nullable = true) @Pattern(regexp = "[+0-9 ()-]{5,30}",
					message = PHONE) String phone) {
	}

	public record Delegate(
			@Schema(example = "Ola Nordmann") @NotBlank(message = NAME_MISSING) @Size(max = 200,
					message = TOO_LONG) String name,
			@Schema(example = "ola.nordmann@bergen.kommune.no") @NotBlank(message = EMAIL_MISSING) @Email(
					regexp = EMAIL, message = EMAIL_INVALID) @Size(max = 254, message = EMAIL_INVALID) String email,
			@Schema(example = "Kulturskoleleder") @NotBlank(message = ROLE_MISSING) @Size(max = 200,
					message = TOO_LONG) String roleTitle,
			@Schema(example = "KULTURSKOLE") @NotNull(message = CATEGORY_MISSING) RoleCategory roleCategory,
			@Schema(description = "Svar på verkstedets ekstra spørsmål til hver deltaker, etter spørsmålets id",
					nullable = true, example = "{\"diet\": [\"vegetarian\"]}") Map<String, Object> answers) {
	}

}
