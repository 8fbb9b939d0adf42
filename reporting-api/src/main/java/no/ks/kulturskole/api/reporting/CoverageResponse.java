package no.ks.kulturskole.api.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which municipalities have registered, by regional structure
 * ({@code GET /api/reports/coverage}). No personal data.
 *
 * @param workshopId the workshop counted; {@code null} for all workshops
 * @param byMunicipality every municipality with its status, for the map
 */
public record CoverageResponse(CoverageDimension dimension, String workshopId, int registered, int municipalities,
		List<AreaCoverage> areas, List<MunicipalityCoverage> byMunicipality) {

	/** The regional structures coverage is measured by. */
	public enum CoverageDimension {

		COUNTY, KS_REGION, BRANCH

	}

	/**
	 * One county, KS region or branch: how many of its municipalities have registered,
	 * and which have not yet.
	 */
	public record AreaCoverage(String area, int registered, int municipalities,
			List<MunicipalityRef> registeredMunicipalities, List<MunicipalityRef> missing) {

		/**
		 * Whole per cent registered, for a bar's text. Not a property (no get prefix):
		 * the JSON is the components'.
		 */
		public int percent() {
			return (this.municipalities == 0) ? 0 : Math.round(100f * this.registered / this.municipalities);
		}

	}

	public record MunicipalityRef(String number, String name) {
	}

	/**
	 * @param area its county, KS region or branch, by the coverage's dimension
	 * @param participants persons in its delegations in view
	 */
	public record MunicipalityCoverage(String number, String name, String countyNumber, String area, @Schema(
			description = "ATTENDED, CONFIRMED, WAITLISTED, PILOT_APPLICANT eller NOT_REGISTERED") MunicipalityStatus status,
			int participants, boolean pilotApplicant) {
	}

	/** Where a municipality stands, best first. */
	public enum MunicipalityStatus {

		ATTENDED, CONFIRMED, WAITLISTED, PILOT_APPLICANT, NOT_REGISTERED

	}

}
