package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * Coverage by one regional structure, over all workshops or one.
 *
 * @param workshopId {@code null} when over all workshops
 * @param byMunicipality every municipality with its status, for the map (issue 17; added
 * after the areas, which stay as they were)
 */
public record CoverageReport(CoverageDimension dimension, String workshopId, int registered, int municipalities,
		List<AreaCoverage> areas, List<MunicipalityCoverage> byMunicipality) {

	public CoverageReport {
		areas = List.copyOf(areas);
		byMunicipality = List.copyOf(byMunicipality);
	}

}
