package no.ks.kulturskole.reporting.workshopreport.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReports;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff reports. Only reached through the gateway, which lets staff alone through to
 * {@code /api/reports/**}: the report names participants.
 */
@RestController
@RequestMapping("/api/reports/workshops")
@Tag(name = "Rapporter", description = "Påmeldinger per verksted, for ansatte i KS og Kulturskolerådet")
class WorkshopReportController {

	private final WorkshopReports reports;

	WorkshopReportController(WorkshopReports reports) {
		this.reports = reports;
	}

	@GetMapping
	@Operation(summary = "Alle verksteder med nøkkeltall",
			description = "Sortert etter første økt. Uten delegasjoner og deltakere.")
	List<WorkshopSummary> overview() {
		return this.reports.overview();
	}

	@GetMapping("/{workshopId}")
	@Operation(summary = "Rapport for ett verksted",
			description = "Økter med plasser, delegasjoner med fylke, KS-region og Kulturskolerådets fylkesavdeling, "
					+ "deltakere (personopplysninger), kommuner og nøkkeltall.")
	@ApiResponse(responseCode = "200", description = "Rapporten")
	@ApiResponse(responseCode = "404", description = "Ukjent verksted",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	WorkshopReportResponse report(@Parameter(description = "Verkstedets id",
			example = "3f0c5a8e-6a3e-4f1e-9c57-1c2d7e0b9a41") @PathVariable String workshopId) {
		return WorkshopReportResponses.of(this.reports.report(workshopId));
	}

}
