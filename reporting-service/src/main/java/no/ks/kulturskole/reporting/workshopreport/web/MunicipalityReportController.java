package no.ks.kulturskole.reporting.workshopreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityReports;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityView;
import no.ks.kulturskole.reporting.workshopreport.model.PilotOverview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Per municipality, and the pilot selection. Staff only (names of delegates). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Kommuner og pilot", description = "Hva hver kommune har deltatt i, og utvalget av pilotkommuner")
class MunicipalityReportController {

	private final MunicipalityReports reports;

	MunicipalityReportController(MunicipalityReports reports) {
		this.reports = reports;
	}

	@GetMapping("/municipalities/{number}")
	@Operation(summary = "Én kommune",
			description = "Verksteder over tid med delegater og roller (personopplysninger), og pilotsøknader.")
	MunicipalityView municipality(
			@Parameter(description = "Kommunenummer", example = "4601") @PathVariable String number) {
		return this.reports.municipality(number);
	}

	@GetMapping("/pilot")
	@Operation(summary = "Pilotoversikt",
			description = "Søkere med region, deltakelse og refleksjoner; antall valgt mot målet på 6–7.")
	PilotOverview pilot() {
		return this.reports.pilotOverview();
	}

}
