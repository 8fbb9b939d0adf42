package no.ks.kulturskole.reporting.workshopreport.application;

import java.util.List;

import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;
import no.ks.kulturskole.support.problem.NotFound;

/** What staff may ask of the reports. */
public class WorkshopReports {

	private final WorkshopReportStore store;

	public WorkshopReports(WorkshopReportStore store) {
		this.store = store;
	}

	public WorkshopReport report(String workshopId) {
		return this.store.find(workshopId)
			.orElseThrow(() -> new NotFound("workshopId",
					"Det finnes ingen rapport for dette verkstedet. Sjekk verkstedets id, eller vent litt hvis verkstedet nettopp ble opprettet."));
	}

	public List<WorkshopSummary> overview() {
		return this.store.list().stream().sorted(WorkshopSummary.BY_FIRST_SESSION).toList();
	}

}
