package no.ks.kulturskole.gateway.staff;

import java.util.List;

import no.ks.kulturskole.api.reporting.CoverageResponse;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse;
import no.ks.kulturskole.gateway.chart.SvgCharts;

import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The staff pages' charts (issue 17), called from the templates ({@code staffCharts}, put
 * in the model of the staff pages by {@link Advice}) so that a page shows a chart where
 * its numbers are without its controller knowing: registrations over time as a line, the
 * role mix and coverage per area as bars. Each chart's fragment
 * ({@code staff-charts.html}) puts the same numbers in a table. (Thymeleaf forbids bean
 * references such as {@code @staffCharts} in its restricted expressions, hence the model
 * attribute.)
 */
@Component
public class StaffCharts {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d.M.");

	/** Delegations registered in all, day by day. */
	public String registrations(WorkshopReportResponse report) {
		List<WorkshopReportResponse.DailyRegistrations> days = report.registrationsPerDay();
		int total = days.isEmpty() ? 0 : days.get(days.size() - 1).cumulativeDelegations();
		return SvgCharts.line(
				days.stream()
					.map((day) -> new SvgCharts.Point(day.day().format(DAY), day.cumulativeDelegations()))
					.toList(),
				"Linjediagram: delegasjoner påmeldt til sammen, dag for dag; " + total
						+ " i alt. Tallene står i tabellen under.");
	}

	/** Delegates per role category, each as a share of all delegates. */
	public String roleMix(List<StaffWorkshopPagesController.Share> mix) {
		return SvgCharts.bars(
				mix.stream().map((share) -> new SvgCharts.Bar(share.label(), share.count(), share.total())).toList(),
				"Stolpediagram: deltakere per rolle. Tallene står i tabellen under.");
	}

	/** Municipalities registered of all in each area. */
	public String coverage(CoverageResponse coverage) {
		return SvgCharts.bars(
				coverage.areas()
					.stream()
					.map((area) -> new SvgCharts.Bar(area.area(), area.registered(), area.municipalities()))
					.toList(),
				"Stolpediagram: påmeldte kommuner av alle i hvert område. Tallene står i tabellen under.");
	}

	/** Offers the charts to the templates of the staff pages that have them. */
	@ControllerAdvice(assignableTypes = { StaffWorkshopPagesController.class, StaffReportPagesController.class })
	static class Advice {

		private final StaffCharts charts;

		Advice(StaffCharts charts) {
			this.charts = charts;
		}

		@ModelAttribute("staffCharts")
		StaffCharts staffCharts() {
			return this.charts;
		}

	}

}
