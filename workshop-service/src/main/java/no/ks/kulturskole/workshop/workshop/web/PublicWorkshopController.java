package no.ks.kulturskole.workshop.workshop.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.workshop.workshop.application.SeatCount;
import no.ks.kulturskole.workshop.workshop.application.WorkshopCatalogue;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What municipalities see before they register. Never meeting links. */
@RestController
@RequestMapping(path = "/api/public/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verksted (offentlig)", description = "Verksted åpne for påmelding, uten møtelenker")
class PublicWorkshopController {

	private final WorkshopCatalogue catalogue;

	private final SeatCount seats;

	PublicWorkshopController(WorkshopCatalogue catalogue, SeatCount seats) {
		this.catalogue = catalogue;
		this.seats = seats;
	}

	@GetMapping
	@Operation(summary = "Verksted åpne for påmelding, første økt først")
	List<PublicWorkshopResponse> open() {
		Instant now = this.catalogue.now();
		return this.catalogue.openForRegistration()
			.stream()
			.map(workshop -> PublicWorkshopResponse.of(workshop, now, this.seats))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Ett verksted",
			description = "Vises også etter påmeldingsfristen (registrationOpen er da false).")
	@ApiResponse(responseCode = "200", description = "Verkstedet")
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	PublicWorkshopResponse get(@PathVariable String id) {
		return PublicWorkshopResponse.of(this.catalogue.publishedById(id), this.catalogue.now(), this.seats);
	}

}
