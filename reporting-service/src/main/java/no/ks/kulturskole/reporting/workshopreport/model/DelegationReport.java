package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;

/**
 * One delegation with the regional structures staff report on, flat so that it can be
 * grouped and exported as it is.
 *
 * @param ksRegion {@code null} for Oslo, which is in none of KS's regions
 * @param participantCount persons in the delegation: as registered, then following each
 * participant added or removed
 */
public record DelegationReport(String delegationId, String municipalityNumber, String municipalityName,
		String countyNumber, String countyName, String ksRegion, String kulturskoleradBranch, String sessionId,
		DelegationStatus status, int participantCount, Instant registeredAt, boolean reflectionSubmitted) {

	public static DelegationReport of(String delegationId, MunicipalityProfile municipality, String sessionId,
			DelegationStatus status, int participantCount, Instant registeredAt) {
		return new DelegationReport(delegationId, municipality.number(), municipality.name(),
				municipality.countyNumber(), municipality.countyName(), municipality.ksRegion(),
				municipality.kulturskoleradBranch(), sessionId, status, participantCount, registeredAt, false);
	}

	public MunicipalityRef municipality() {
		return new MunicipalityRef(this.municipalityNumber, this.municipalityName);
	}

}
