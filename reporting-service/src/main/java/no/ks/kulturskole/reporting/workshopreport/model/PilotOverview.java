package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * The pilot selection at a glance: applicants, and how many are selected against the
 * target.
 */
public record PilotOverview(int applications, int selected, int targetMin, int targetMax, boolean targetMet,
		List<PilotApplicant> applicants) {

	/** The design's target: six or seven pilot municipalities. */
	public static final int TARGET_MIN = 6;

	public static final int TARGET_MAX = 7;

	public PilotOverview {
		applicants = List.copyOf(applicants);
	}

}
