package no.ks.kulturskole.api.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.contracts.registration.SeatStatus;

/**
 * The receipt: no personal data, so it is safe on a public endpoint. Right after
 * registering, and only then, it carries the secret of the self-service link.
 */
public record RegistrationResponse(String delegationId, String workshopId, String sessionId, SeatStatus status,
		MunicipalitySummary municipality, int participantCount,
		@Schema(description = "Om påmeldingen er avmeldt") boolean cancelled,
		@Schema(description = "Hemmeligheten i lenken for å endre påmeldingen; vises bare denne ene gangen",
				nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) String manageToken,
		@Schema(description = "Lenken for å se, endre og avmelde påmeldingen; vises bare denne ene gangen. "
				+ "Siden på den offentlige adressen når den er satt, ellers API-ressursen. Kontaktpersonen får "
				+ "den også på e-post.", nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) String manageUrl,
		@Schema(description = "Merknad til kontaktpersonen, for eksempel hvilket kommunenummer fra 2024 et "
				+ "nummer fra 2023 ble til",
				nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {

	/** The municipality or county authority a delegation or application is of. */
	public record MunicipalitySummary(String number, String name, String countyName) {
	}

}
