package no.ks.kulturskole.registration.municipality.web;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.MunicipalityResponse;
import no.ks.kulturskole.registration.municipality.application.MunicipalityDirectory;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kommuner", description = "Kommunene som kan melde på delegasjoner")
class MunicipalitiesController {

	private final MunicipalityDirectory municipalities;

	MunicipalitiesController(MunicipalityDirectory municipalities) {
		this.municipalities = municipalities;
	}

	@GetMapping("/api/public/municipalities")
	@Operation(summary = "De 357 kommunene fra 1. januar 2024, sortert på kommunenummer",
			description = "Kilde: SSB KLASS (NLOD). Til nedtrekkslisten i påmeldingsskjemaet.")
	ResponseEntity<List<MunicipalityResponse>> municipalities() {
		List<MunicipalityResponse> body = this.municipalities.all()
			.stream()
			.map(municipality -> new MunicipalityResponse(municipality.number(), municipality.name(),
					municipality.countyNumber(), municipality.countyName()))
			.toList();
		// the list changes at most once a year, with a new release of the service
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(24)).cachePublic()).body(body);
	}

	@GetMapping("/api/public/county-authorities")
	@Operation(summary = "Fylkeskommunene som kan melde på delegasjoner, sortert på fylkesnummer",
			description = "En fylkeskommune melder seg på med fylkesnummeret (to sifre). Oslo er både kommune og "
					+ "fylke og melder seg på som kommune 0301.")
	ResponseEntity<List<MunicipalityResponse>> countyAuthorities() {
		List<MunicipalityResponse> body = this.municipalities.countyAuthorities()
			.stream()
			.map(authority -> new MunicipalityResponse(authority.number(), authority.name(), authority.countyNumber(),
					authority.countyName()))
			.toList();
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(24)).cachePublic()).body(body);
	}

}
