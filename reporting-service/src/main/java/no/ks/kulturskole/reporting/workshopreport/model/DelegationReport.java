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

	/** Seated (or waitlisted) in a session with this many persons. */
	public DelegationReport seated(String sessionId, DelegationStatus status, int participantCount) {
		return new DelegationReport(this.delegationId, this.municipalityNumber, this.municipalityName,
				this.countyNumber, this.countyName, this.ksRegion, this.kulturskoleradBranch, sessionId, status,
				participantCount, this.registeredAt, this.reflectionSubmitted);
	}

	public DelegationReport resized(int participantCount) {
		return seated(this.sessionId, this.status, participantCount);
	}

	public DelegationReport withStatus(DelegationStatus status) {
		return seated(this.sessionId, status, this.participantCount);
	}

	public DelegationReport withReflectionSubmitted() {
		return new DelegationReport(this.delegationId, this.municipalityNumber, this.municipalityName,
				this.countyNumber, this.countyName, this.ksRegion, this.kulturskoleradBranch, this.sessionId,
				this.status, this.participantCount, this.registeredAt, true);
	}

}
