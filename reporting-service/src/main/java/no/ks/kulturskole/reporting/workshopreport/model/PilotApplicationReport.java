package no.ks.kulturskole.reporting.workshopreport.model;

import java.time.Instant;

/**
 * One application to the pilot, with the applicant's regions. The contact person and the
 * motivation text stay in registration-service: staff decide there.
 */
public record PilotApplicationReport(String applicationId, String municipalityNumber, String municipalityName,
		String countyName, String ksRegion, String kulturskoleradBranch, boolean inGuidanceScheme, Instant submittedAt,
		PilotDecision decision, Instant decidedAt) {
}
