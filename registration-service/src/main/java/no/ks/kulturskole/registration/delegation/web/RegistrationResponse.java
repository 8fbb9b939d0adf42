package no.ks.kulturskole.registration.delegation.web;

import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.registration.delegation.application.RegistrationResult;

/** The receipt: no personal data, so it is safe on a public endpoint. */
record RegistrationResponse(String delegationId, String workshopId, String sessionId, SeatStatus status,
		MunicipalitySummary municipality, int participantCount) {

	static RegistrationResponse of(RegistrationResult result) {
		var delegation = result.delegation();
		var organisation = delegation.organisation();
		return new RegistrationResponse(delegation.delegationId(), result.workshopId(), delegation.sessionId(),
				delegation.status(),
				new MunicipalitySummary(organisation.number(), organisation.name(), organisation.countyName()),
				delegation.personCount());
	}

	record MunicipalitySummary(String number, String name, String countyName) {
	}

}
