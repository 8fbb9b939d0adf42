package no.ks.kulturskole.reporting.workshopreport.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;
import no.ks.kulturskole.support.problem.NotFound;

/** What staff may ask of the reports. */
public class WorkshopReports {

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private final WorkshopReportStore store;

	private final Clock clock;

	public WorkshopReports(WorkshopReportStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** The report as of today, so that the registration curve runs up to today. */
	public WorkshopReport report(String workshopId) {
		return this.store.find(workshopId)
			.map(report -> report.asOf(LocalDate.ofInstant(this.clock.instant(), NORWAY)))
			.orElseThrow(() -> new NotFound("workshopId",
					"Det finnes ingen rapport for dette verkstedet. Sjekk verkstedets id, eller vent litt hvis verkstedet nettopp ble opprettet."));
	}

	public List<WorkshopSummary> overview() {
		return this.store.list().stream().sorted(WorkshopSummary.BY_FIRST_SESSION).toList();
	}

}
