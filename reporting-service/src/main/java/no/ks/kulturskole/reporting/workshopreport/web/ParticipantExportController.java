package no.ks.kulturskole.reporting.workshopreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.reporting.workshopreport.application.Exports;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participant list for the meeting host. Personal data: staff only, which this
 * service checks for all of {@code /api/reports/**} (a staff token, service-support).
 */
@RestController
@RequestMapping("/api/reports/workshops/{workshopId}")
@Tag(name = "Rapporter")
class ParticipantExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Exports exports;

	ParticipantExportController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping("/participants.csv")
	@Operation(summary = "Deltakerliste som CSV",
			description = "Alle deltakere i delegasjoner som ikke er kansellert, bekreftede først. Personopplysninger.")
	ResponseEntity<byte[]> csv(@PathVariable String workshopId,
			@Parameter(description = "Bare denne økten") @RequestParam(required = false) String sessionId) {
		return CoverageController.file(TableWriters.csv(this.exports.participants(workshopId, sessionId)),
				CoverageController.CSV, "deltakere-" + workshopId + ".csv");
	}

	@GetMapping("/participants.xlsx")
	@Operation(summary = "Deltakerliste som Excel-ark",
			description = "Alle deltakere i delegasjoner som ikke er kansellert, bekreftede først. Personopplysninger.")
	ResponseEntity<byte[]> xlsx(@PathVariable String workshopId,
			@Parameter(description = "Bare denne økten") @RequestParam(required = false) String sessionId) {
		return CoverageController.file(TableWriters.xlsx(this.exports.participants(workshopId, sessionId)), XLSX,
				"deltakere-" + workshopId + ".xlsx");
	}

}
