package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.Arrays;
import java.util.Optional;

/** The regional structures staff measure coverage by, with the names the API uses. */
public enum CoverageDimension {

	COUNTY("county"), KS_REGION("ks-region"), BRANCH("branch");

	private final String parameter;

	CoverageDimension(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

	public static Optional<CoverageDimension> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(dimension -> dimension.parameter.equals(parameter)).findFirst();
	}

}
