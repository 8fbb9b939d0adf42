package no.ks.kulturskole.registration.pilot.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.registration.pilot.application.PilotApplications;
import no.ks.kulturskole.api.registration.DecisionRequest;
import no.ks.kulturskole.api.registration.PilotOverviewResponse;
import no.ks.kulturskole.api.registration.PilotReceipt;
import no.ks.kulturskole.api.registration.PublicRequests;
import no.ks.kulturskole.registration.pilot.model.PilotStatus;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Municipalities apply under {@code /api/public}; staff list and decide under
 * {@code /api} (authenticated by the gateway).
 */
@RestController
@Tag(name = "Pilotprosjektet", description = "Søknader om å bli pilotkommune i Kulturskole 3.0")
class PilotApplicationController {

	static final String EXAMPLE = """
			{
			  "municipalityNumber": "4601",
			  "contact": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "phone": "+47 55 56 00 00"},
			  "motivation": "Vi vil gjøre kulturskolen til et ressurssenter for hele kommunen.",
			  "inGuidanceScheme": true
			}""";

	static final String OVERVIEW_EXAMPLE = """
			{
			  "applications": [
			    {
			      "applicationId": "c0a8012e-7f3b-4d2a-9e1c-5b6a7d8e9f00",
			      "organisation": {"number": "4601", "name": "Bergen", "countyNumber": "46", "countyName": "Vestland"},
			      "ksRegion": "KS Vest-Norge",
			      "contact": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "phone": "+47 55 56 00 00"},
			      "motivation": "Vi vil gjøre kulturskolen til et ressurssenter for hele kommunen.",
			      "inGuidanceScheme": true,
			      "submittedAt": "2027-03-02T08:30:00Z",
			      "status": "SELECTED",
			      "declineReason": null,
			      "attended": [
			        {"organisationNumber": "4601", "workshopId": "3f1c2a9e-6d0b-4c8e-9a7f-2b5d4e6f8a10", "workshopTitle": "Verksted 1: Kulturskolen i kommunen", "workshopStatus": "COMPLETED", "seatStatus": "CONFIRMED", "participants": 4}
			      ]
			    },
			    {
			      "applicationId": "1e2d3c4b-5a69-4788-96a5-b4c3d2e1f0a9",
			      "organisation": {"number": "1804", "name": "Bodø", "countyNumber": "18", "countyName": "Nordland - Nordlánnda"},
			      "ksRegion": "KS Nord-Norge",
			      "contact": {"name": "Ola Nordmann", "email": "ola.nordmann@bodo.kommune.no", "phone": null},
			      "motivation": "Vi vil prøve ut kulturskolen som samarbeidspartner for skolene.",
			      "inGuidanceScheme": false,
			      "submittedAt": "2027-03-04T12:00:00Z",
			      "status": "SUBMITTED",
			      "declineReason": null,
			      "attended": []
			    }
			  ],
			  "selection": {
			    "selected": 1,
			    "aboveTarget": false,
			    "warning": null,
			    "byKsRegion": {"KS Vest-Norge": 1},
			    "byCounty": {"Vestland": 1}
			  }
			}""";

	static final String SELECT_EXAMPLE = """
			{ "decision": "SELECTED" }""";

	static final String DECLINE_EXAMPLE = """
			{ "decision": "DECLINED", "reason": "Mange gode søkere fra regionen; vi prioriterer spredning over landet." }""";

	static final String ABOVE_TARGET_EXAMPLE = """
			{
			  "applications": [],
			  "selection": {
			    "selected": 8,
			    "aboveTarget": true,
			    "warning": "Det er valgt 8 pilotkommuner; målet er 6–7.",
			    "byKsRegion": {"KS Agder": 1, "KS Innlandet": 1, "KS Møre og Romsdal": 2, "KS Nord-Norge": 2, "KS Trøndelag": 2},
			    "byCounty": {"Agder": 1, "Innlandet": 1, "Møre og Romsdal": 2, "Nordland - Nordlánnda": 1, "Troms - Romsa - Tromssa": 1, "Trøndelag - Trööndelage": 2}
			  }
			}""";

	private final PilotApplications applications;

	PilotApplicationController(PilotApplications applications) {
		this.applications = applications;
	}

	@PostMapping(path = "/api/public/pilot-applications", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Søk om å bli pilotkommune",
			description = "Én søknad per kommune: søker den igjen, svarer tjenesten med søknaden den har (200).")
	@ApiResponse(responseCode = "201", description = "Søknaden er mottatt")
	@ApiResponse(responseCode = "400", description = "Ugyldig søknad; feltet står i errors",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<PilotReceipt> apply(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "Bergen",
					value = EXAMPLE))) @Valid @RequestBody PublicRequests.ApplicationRequest request) {
		String phone = request.contact().phone();
		PilotApplications.Applied applied = this.applications.apply(request.municipalityNumber(),
				new Contact(request.contact().name().strip(), request.contact().email().strip(),
						(phone != null && !phone.isBlank()) ? phone.strip() : null),
				request.motivation().strip(), request.inGuidanceScheme());
		PilotReceipt receipt = new PilotReceipt(applied.application().id(), applied.application().organisation(),
				no.ks.kulturskole.api.registration.PilotStatus.valueOf(applied.application().status().name()),
				applied.application().submittedAt());
		return applied.created()
				? ResponseEntity.created(URI.create("/api/pilot-applications/" + receipt.applicationId())).body(receipt)
				: ResponseEntity.ok(receipt);
	}

	@GetMapping("/api/pilot-applications")
	@Operation(summary = "Søknadene med region og verkstedsdeltakelse",
			description = "Med antall valgte, advarsel over 7 valgte og fordelingen på KS-regioner og fylker.")
	@ApiResponse(responseCode = "200", description = "Søknadene, eldste først, og utvalget så langt",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = PilotOverviewResponse.class),
					examples = @ExampleObject(name = "Én valgt, én til vurdering", value = OVERVIEW_EXAMPLE)))
	PilotOverviewResponse overview() {
		return PilotOverviewResponses.of(this.applications.overview());
	}

	@PostMapping(path = "/api/pilot-applications/{applicationId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Velg eller avslå en søknad",
			description = "Beslutningen publiseres som hendelse (PilotMunicipalitySelected eller "
					+ "PilotApplicationDeclined med begrunnelsen). Svaret er oversikten etter beslutningen; med flere "
					+ "enn 7 valgte har utvalget en advarsel.")
	@ApiResponse(responseCode = "200", description = "Oversikten etter beslutningen",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = PilotOverviewResponse.class),
					examples = { @ExampleObject(name = "Bergen valgt", value = OVERVIEW_EXAMPLE),
							@ExampleObject(name = "Åttende valgt: over målet",
									description = "Søknadene er utelatt her for korthets skyld.",
									value = ABOVE_TARGET_EXAMPLE) }))
	@ApiResponse(responseCode = "400", description = "Ukjent beslutning; feltet står i errors",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Søknaden finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	PilotOverviewResponse decide(@PathVariable String applicationId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = { @ExampleObject(name = "Velg", value = SELECT_EXAMPLE),
									@ExampleObject(name = "Avslå med begrunnelse",
											value = DECLINE_EXAMPLE) })) @Valid @RequestBody DecisionRequest request) {
		return PilotOverviewResponses.of(this.applications.decide(applicationId,
				PilotStatus.valueOf(request.decision().name()), request.reason()));
	}

}
