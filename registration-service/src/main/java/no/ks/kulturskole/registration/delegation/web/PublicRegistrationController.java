package no.ks.kulturskole.registration.delegation.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import no.ks.kulturskole.api.registration.RegistrationRequest;
import no.ks.kulturskole.api.registration.RegistrationResponse;
import no.ks.kulturskole.registration.delegation.application.answers.RegistrationAnswers;
import no.ks.kulturskole.registration.delegation.model.answers.GivenAnswers;
import no.ks.kulturskole.registration.delegation.application.RegisterDelegation;
import no.ks.kulturskole.registration.delegation.model.Participant;
import no.ks.kulturskole.registration.delegation.application.RegistrationResult;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public")
@Tag(name = "Påmelding", description = "Kommunenes påmelding av delegasjoner til verksteder")
class PublicRegistrationController {

	static final String EXAMPLE = """
			{
			  "municipalityNumber": "4601",
			  "coordinator": {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "phone": "+47 55 56 00 00"},
			  "participants": [
			    {"name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "roleTitle": "Kulturskoleleder", "roleCategory": "KULTURSKOLE"},
			    {"name": "Ola Nordmann", "email": "ola.nordmann@bergen.kommune.no", "roleTitle": "Rektor", "roleCategory": "SCHOOL"},
			    {"name": "Per Hansen", "email": "per.hansen@bergen.kommune.no", "roleTitle": "Kommunalsjef oppvekst", "roleCategory": "MUNICIPAL_LEADER"}
			  ],
			  "language": "nb"
			}""";

	private final RegisterDelegation registerDelegation;

	private final ManageLinks manageLinks;

	private final RegistrationAnswers answers;

	PublicRegistrationController(RegisterDelegation registerDelegation, ManageLinks manageLinks,
			RegistrationAnswers answers) {
		this.registerDelegation = registerDelegation;
		this.answers = answers;
		this.manageLinks = manageLinks;
	}

	@PostMapping(path = "/workshops/{workshopId}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Meld på kommunens delegasjon",
			description = "Hele delegasjonen får plass i den første økten med plass til alle, ellers settes den "
					+ "samlet på venteliste. En kommune har én delegasjon per verksted: melder den seg på igjen, "
					+ "avvises det (409) uten at svaret forteller noe om delegasjonen den har. Kontaktpersonen får "
					+ "lenken for å endre påmeldingen på e-post; en ny lenke kan bestilles med manage-link-requests.")
	@ApiResponse(responseCode = "201", description = "Påmeldt; Location peker på kvitteringen")
	@ApiResponse(responseCode = "400",
			description = "Ugyldig påmelding; feltet står i errors (et svar som answers.diet eller "
					+ "participants[1].answers.diet)",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "Kommunen er allerede påmeldt, påmeldingsfristen er ute, eller verkstedet er stengt",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429",
			description = "Svært mange e-postadresser påmeldt herfra den siste timen; Retry-After sier når det går igjen",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<RegistrationResponse> register(@PathVariable String workshopId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "Bergen med tre deltakere",
							value = EXAMPLE))) @Valid @RequestBody RegistrationRequest request,
			HttpServletRequest caller) {
		// the extra questions' answers are checked first, so a refusal stores nothing
		GivenAnswers answers = this.answers.check(workshopId, request.answers(), request.participantAnswers(),
				request.delegates());
		RegistrationResult result = this.registerDelegation.register(workshopId, PublicApiMapping.command(request),
				caller.getRemoteAddr());
		this.answers.storeWithRegistration(workshopId, result.delegation().delegationId(), answers,
				result.delegation().participants().stream().map(Participant::participantId).toList());
		RegistrationResponse body = PublicApiMapping.receipt(result, this.manageLinks);
		// relative: the gateway in front decides the public host
		return ResponseEntity.created(URI.create("/api/public/registrations/" + body.delegationId())).body(body);
	}

}
