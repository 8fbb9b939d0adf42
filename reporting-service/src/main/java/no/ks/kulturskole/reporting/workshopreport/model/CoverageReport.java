package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * Coverage by one regional structure, over all workshops or one.
 *
 * @param workshopId {@code null} when over all workshops
 */
public record CoverageReport(CoverageDimension dimension, String workshopId, int registered, int municipalities,
		List<AreaCoverage> areas) {

	public CoverageReport {
		areas = List.copyOf(areas);
	}

}
