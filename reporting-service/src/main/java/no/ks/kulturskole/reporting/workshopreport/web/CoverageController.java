package no.ks.kulturskole.reporting.workshopreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.reporting.CoverageResponse;
import no.ks.kulturskole.reporting.workshopreport.application.Coverage;
import no.ks.kulturskole.reporting.workshopreport.application.Exports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Which municipalities have registered, by regional structure. No personal data. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Dekning", description = "Påmeldte kommuner per fylke, KS-region og Kulturskolerådets fylkesavdeling")
class CoverageController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Coverage coverage;

	private final Exports exports;

	CoverageController(Coverage coverage, Exports exports) {
		this.coverage = coverage;
		this.exports = exports;
	}

	@GetMapping("/coverage")
	@Operation(summary = "Dekning per område",
			description = "Påmeldte kommuner av alle kommuner i hvert område, og hvilke som ikke er påmeldt ennå. "
					+ "Kansellerte delegasjoner teller ikke.")
	CoverageResponse coverage(
			@Parameter(description = "county, ks-region eller branch",
					example = "ks-region") @RequestParam(defaultValue = "county") String dimension,
			@Parameter(description = "Bare dette verkstedet; uten: alle verksteder") @RequestParam(
					required = false) String workshopId) {
		return CoverageResponses.of(this.coverage.of(dimension, workshopId));
	}

	@GetMapping("/coverage.csv")
	@Operation(summary = "Dekning som CSV", description = "Semikolonseparert, UTF-8, åpnes direkte i Excel.")
	ResponseEntity<byte[]> coverageCsv(
			@Parameter(description = "county, ks-region eller branch",
					example = "ks-region") @RequestParam(defaultValue = "county") String dimension,
			@RequestParam(required = false) String workshopId) {
		return file(TableWriters.csv(this.exports.coverage(dimension, workshopId)), CSV,
				"dekning-" + dimension + ".csv");
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
