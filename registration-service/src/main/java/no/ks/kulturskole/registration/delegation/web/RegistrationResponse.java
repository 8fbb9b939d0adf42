package no.ks.kulturskole.registration.delegation.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.registration.delegation.application.RegistrationResult;

/**
 * The receipt: no personal data, so it is safe on a public endpoint. Right after
 * registering, and only then, it carries the secret of the self-service link.
 */
record RegistrationResponse(String delegationId, String workshopId, String sessionId, SeatStatus status,
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

	/** Without the link: for every answer but the one to the registration itself. */
	static RegistrationResponse of(RegistrationResult result) {
		return of(result, null);
	}

	static RegistrationResponse of(RegistrationResult result, ManageLinks links) {
		var delegation = result.delegation();
		var organisation = delegation.organisation();
		String token = result.manageToken();
		return new RegistrationResponse(delegation.delegationId(), result.workshopId(), delegation.sessionId(),
				delegation.status(),
				new MunicipalitySummary(organisation.number(), organisation.name(), organisation.countyName()),
				delegation.personCount(), !delegation.isActive(), token,
				(token != null && links != null) ? links.urlFor(delegation.delegationId(), token) : null,
				result.notice());
	}

	record MunicipalitySummary(String number, String name, String countyName) {
	}

}
