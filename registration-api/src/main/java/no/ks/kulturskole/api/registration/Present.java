package no.ks.kulturskole.api.registration;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Who was present in a session: what staff record, and what the service answers with.
 *
 * @param present participant ids; an empty list records that nobody came
 */
public record Present(@NotNull(message = "Oppgi hvem som var til stede (en tom liste om ingen kom).") @Size(max = 2000,
		message = "Høyst 2000 deltakere per økt.") List<@NotBlank(
				message = "Deltaker-id kan ikke være tom.") String> present) {
}
