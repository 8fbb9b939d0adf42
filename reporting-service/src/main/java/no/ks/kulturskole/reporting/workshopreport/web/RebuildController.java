package no.ks.kulturskole.reporting.workshopreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.reporting.workshopreport.application.ReadModelRebuilds;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff operation: rebuild all read models from the topics, without downtime. */
@RestController
@RequestMapping("/api/reports/admin/rebuild")
@Tag(name = "Drift", description = "Gjenoppbygging av rapportene fra hendelsene")
class RebuildController {

	private final ReadModelRebuilds rebuilds;

	RebuildController(ReadModelRebuilds rebuilds) {
		this.rebuilds = rebuilds;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Bygg rapportene på nytt",
			description = "Leser alle hendelser fra begynnelsen inn i nye samlinger og bytter over når de har tatt "
					+ "igjen; de gamle svarer imens. Kjører allerede en gjenoppbygging, vises status for den.")
	RebuildStatus start() {
		return this.rebuilds.start();
	}

	@GetMapping
	@Operation(summary = "Status for gjenoppbyggingen")
	RebuildStatus status() {
		return this.rebuilds.status();
	}

}
