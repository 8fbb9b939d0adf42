package no.ks.kulturskole.registration.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.EvaluationResultsResponse;
import no.ks.kulturskole.registration.evaluation.application.EvaluationReports;
import no.ks.kulturskole.registration.evaluation.model.EvaluationResults;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** For staff only: what the attendees answered, aggregated, as JSON and as CSV. */
@RestController
@Tag(name = "Evaluering (ansatte)", description = "Spørsmålene i evalueringen deltakerne får etter en økt")
class EvaluationResultsController {

	private final EvaluationReports reports;

	EvaluationResultsController(EvaluationReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/workshops/{workshopId}/evaluation/results")
	@Operation(summary = "Resultatene av verkstedets evaluering",
			description = "Per spørsmål: antall svar, gjennomsnitt og fordeling 1–5, eller fritekstsvarene; "
					+ "og hvor mange lenker som er sendt og hvor mange som er besvart. Svarene er anonyme.")
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	EvaluationResultsResponse results(@PathVariable String workshopId) {
		return EvaluationViews.results(this.reports.of(workshopId));
	}

	@GetMapping(path = "/api/workshops/{workshopId}/evaluation/results.csv", produces = "text/csv")
	@Operation(summary = "Resultatene av evalueringen som CSV, for regneark")
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<String> csv(@PathVariable String workshopId) {
		EvaluationResults results = this.reports.of(workshopId);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluering-" + workshopId + ".csv\"")
			.body(ResultsCsv.of(results));
	}

}
