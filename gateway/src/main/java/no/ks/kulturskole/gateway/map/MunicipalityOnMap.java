package no.ks.kulturskole.gateway.map;

import java.util.List;

import no.ks.kulturskole.api.reporting.CoverageResponse;

/**
 * What the map shows of one municipality: reporting-api's {@code MunicipalityCoverage}
 * with its status as the style sheet's and the legend's key.
 *
 * @param area its county, KS region or branch, by the coverage's dimension
 * @param status {@code ATTENDED}, {@code CONFIRMED}, {@code WAITLISTED},
 * {@code PILOT_APPLICANT} or {@code NOT_REGISTERED}
 * @param participants persons in its delegations in view
 */
public record MunicipalityOnMap(String number, String name, String countyNumber, String area, String status,
		int participants, boolean pilotApplicant) {

	/**
	 * The coverage's municipalities; none from a reporting-service that does not give
	 * them (the page shows the table alone then). A status the gateway does not know yet
	 * is drawn as not registered.
	 */
	public static List<MunicipalityOnMap> of(CoverageResponse coverage) {
		if (coverage == null || coverage.byMunicipality() == null) {
			return List.of();
		}
		return coverage.byMunicipality()
			.stream()
			.map(municipality -> new MunicipalityOnMap(municipality.number(), municipality.name(),
					municipality.countyNumber(), municipality.area(),
					(municipality.status() != null) ? municipality.status().name() : "NOT_REGISTERED",
					municipality.participants(), municipality.pilotApplicant()))
			.toList();
	}
}
