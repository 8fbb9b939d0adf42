package no.ks.kulturskole.api.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Bodies of registration-service's public requests that the gateway's pages send: a new
 * manage link, and a municipality's application to the pilot project. The messages are
 * the service's (bokmål); the pages show them by the field they name.
 */
public final class PublicRequests {

	public static final String NUMBER_MISSING = "Kommunenummer må fylles ut.";

	public static final String NUMBER_FORMAT = "Kommunenummer består av fire sifre, fylkesnummer av to.";

	public static final String EMAIL_MISSING = "E-postadresse må fylles ut.";

	public static final String EMAIL_INVALID = "E-postadressen er ikke gyldig.";

	/** Stricter than RFC 5322 on purpose: a mail domain must have a dot. */
	public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private PublicRequests() {
	}

	/** A coordinator who lost the e-mail asks for a new manage link. */
	public record LinkRequest(@Schema(example = "4601",
			description = "Kommunenummeret (fire sifre) eller fylkesnummeret (to sifre) påmeldingen ble gjort med") @NotBlank(
					message = NUMBER_MISSING) @Pattern(regexp = "\\s*([0-9]{2}|[0-9]{4})\\s*",
							message = NUMBER_FORMAT) String organisationNumber,
			@Schema(example = "kari.nordmann@bergen.kommune.no",
					description = "Kontaktpersonens e-postadresse, slik den ble oppgitt ved påmeldingen") @NotBlank(
							message = EMAIL_MISSING) @Pattern(regexp = "\\s*" + EMAIL + "\\s*",
									message = EMAIL_INVALID) @Size(max = 254, message = EMAIL_INVALID) String email) {
	}

	/** A municipality applies to take part in the pilot project. */
	public record ApplicationRequest(
			@Schema(example = "4601") @NotBlank(message = "Kommunenummer må fylles ut.") @Pattern(regexp = "[0-9]{4}",
					message = "Kommunenummer består av fire sifre.") String municipalityNumber,
			@NotNull(message = "Kontaktperson må fylles ut.") @Valid ContactRequest contact,
			@NotBlank(message = "Motivasjon må fylles ut.") @Size(max = 5000,
					message = "Teksten er for lang.") String motivation,
			@Schema(description = "Om kommunen er med i Kulturskolerådets veiledningsordning") boolean inGuidanceScheme) {
	}

	public record ContactRequest(
			@NotBlank(message = "Navn må fylles ut.") @Size(max = 200, message = "Teksten er for lang.") String name,
			@NotBlank(message = "E-postadresse må fylles ut.") @Email(regexp = EMAIL,
					message = "E-postadressen er ikke gyldig.") @Size(max = 254,
							message = "E-postadressen er ikke gyldig.") String email,
			@Schema(nullable = true) @Pattern(regexp = "[+0-9 ()-]{5,30}",
					message = "Telefonnummeret kan bare ha sifre, mellomrom og + - ( ).") String phone) {
	}

}
