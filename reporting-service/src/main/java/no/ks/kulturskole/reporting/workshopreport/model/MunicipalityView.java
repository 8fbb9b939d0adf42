package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;

/**
 * Everything one municipality has done: workshops over time (with delegates and their
 * roles) and its pilot applications.
 */
public record MunicipalityView(String number, String name, String countyName, String ksRegion,
		String kulturskoleradBranch, List<MunicipalityWorkshop> workshops,
		List<PilotApplicationReport> pilotApplications) {

	public MunicipalityView {
		workshops = List.copyOf(workshops);
		pilotApplications = List.copyOf(pilotApplications);
	}

}
