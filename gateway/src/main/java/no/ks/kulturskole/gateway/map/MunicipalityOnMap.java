package no.ks.kulturskole.gateway.map;

/**
 * What the map shows of one municipality, as reporting's coverage gives it.
 *
 * @param area its county, KS region or branch, by the coverage's dimension
 * @param status {@code ATTENDED}, {@code CONFIRMED}, {@code WAITLISTED},
 * {@code PILOT_APPLICANT} or {@code NOT_REGISTERED}
 * @param participants persons in its delegations in view
 */
public record MunicipalityOnMap(String number, String name, String countyNumber, String area, String status,
		int participants, boolean pilotApplicant) {
}
