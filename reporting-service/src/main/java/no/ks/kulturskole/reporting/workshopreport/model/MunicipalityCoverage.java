package no.ks.kulturskole.reporting.workshopreport.model;

/**
 * One municipality on the coverage map. No personal data: counts only.
 *
 * @param area the county's, KS region's or branch's name, by the report's dimension
 * @param participants persons in its delegations in view that are not cancelled
 * @param pilotApplicant whether it has applied to the pilot (not declined), whatever its
 * status
 */
public record MunicipalityCoverage(String number, String name, String countyNumber, String area,
		MunicipalityStatus status, int participants, boolean pilotApplicant) {
}
