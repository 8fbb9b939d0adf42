package no.ks.kulturskole.registration.delegation.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.ks.kulturskole.api.registration.ManagedDelegationView;
import no.ks.kulturskole.api.registration.ManageRequests;
import no.ks.kulturskole.contracts.registration.ReflectionAnswer;
import no.ks.kulturskole.registration.delegation.application.DelegationQueries;
import no.ks.kulturskole.registration.delegation.application.ManageDelegation;
import no.ks.kulturskole.registration.delegation.application.ManageTokens;
import no.ks.kulturskole.registration.delegation.application.ManagedDelegation;
import no.ks.kulturskole.registration.delegation.application.answers.RegistrationAnswers;
import no.ks.kulturskole.registration.delegation.model.answers.StoredAnswers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The self-service link: the coordinator sees and changes the delegation with the secret
 * from the registration, in the header {@code X-Manage-Token} or the query parameter
 * {@code token} (the link itself). Without a secret, the GET answers the receipt without
 * personal data, as before.
 */
@RestController
@RequestMapping("/api/public/registrations/{delegationId}")
@Tag(name = "Påmelding", description = "Kommunenes påmelding av delegasjoner til verksteder")
class ManageRegistrationController {

	static final String TOKEN_HEADER = ManageTokens.HEADER;

	static final String EXAMPLE = """
			{
			  "participants": [
			    {"participantId": "9b2f7c1e-0a4d-4e5f-8c6b-1d2e3f4a5b6c", "name": "Kari Nordmann", "email": "kari.nordmann@bergen.kommune.no", "roleTitle": "Kulturskoleleder", "roleCategory": "KULTURSKOLE"},
			    {"name": "Siri Berg", "email": "siri.berg@bergen.kommune.no", "roleTitle": "Styreleder i musikkorpset", "roleCategory": "VOLUNTARY_SECTOR"}
			  ]
			}""";

	static final String REFLECTION_EXAMPLE = """
			{
			  "answers": [
			    {"question": "Hva er kulturskolens rolle i kommunen i dag?", "answer": "Et tilbud for de få; vi vil nå flere."},
			    {"question": "Hvem bør kulturskolen samarbeide mer med?", "answer": "Skolen, barnehagen og korpsene."}
			  ]
			}""";

	private final ManageDelegation manage;

	private final DelegationQueries queries;

	private final Clock clock;

	private final RegistrationAnswers answers;

	ManageRegistrationController(ManageDelegation manage, DelegationQueries queries, Clock clock,
			RegistrationAnswers answers) {
		this.answers = answers;
		this.manage = manage;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Se påmeldingen",
			description = "Med hemmeligheten fra lenken: hele delegasjonen med deltakere. Uten: kvitteringen uten "
					+ "personopplysninger. Feil hemmelighet gir 404, og for mange feil forsøk gir 429.")
	@ApiResponse(responseCode = "404", description = "Påmeldingen finnes ikke, eller hemmeligheten er feil",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<?> registration(@PathVariable String delegationId, HttpServletRequest caller,
			@Parameter(description = "Hemmeligheten fra lenken") @RequestHeader(name = TOKEN_HEADER,
					required = false) String headerToken,
			@Parameter(description = "Hemmeligheten fra lenken") @RequestParam(name = "token",
					required = false) String queryToken) {
		String token = ManageTokens.fromRequest(headerToken, queryToken);
		if (token == null) {
			return ResponseEntity.ok(PublicApiMapping.receipt(this.queries.delegation(delegationId)));
		}
		return ResponseEntity
			.ok(PublicApiMapping.managed(this.manage.view(delegationId, token, caller.getRemoteAddr())));
	}

	@GetMapping(path = "/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Last ned delegasjonens opplysninger",
			description = "Alt tjenesten har lagret om delegasjonen, som en JSON-fil (innsyn og dataportabilitet, "
					+ "personvernforordningen art. 15 og 20). Bare med hemmeligheten fra lenken: uten gir 401, feil "
					+ "gir 404 som de andre kallene.")
	@ApiResponse(responseCode = "401", description = "Ingen hemmelighet",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Påmeldingen finnes ikke, eller hemmeligheten er feil",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<DelegationDataExport> data(@PathVariable String delegationId, HttpServletRequest caller,
			@RequestHeader(name = TOKEN_HEADER, required = false) String headerToken,
			@RequestParam(name = "token", required = false) String queryToken) {
		String token = ManageTokens.fromRequest(headerToken, queryToken);
		if (token == null) {
			// no secret at all: refused before any look-up, so it tells nothing either
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Lenken til påmeldingen mangler nøkkelen.");
		}
		ManagedDelegation managed = this.manage.view(delegationId, token, caller.getRemoteAddr());
		DelegationDataExport export = DelegationDataExport.of(managed, this.clock.instant(),
				this.answers.of(delegationId).orElse(StoredAnswers.none(delegationId, managed.workshopId())));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("delegasjon-" + delegationId + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(export);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Endre deltakerne",
			description = "Listen er delegasjonen slik den skal være: en linje med participantId beholder (eller "
					+ "bytter ut, når e-postadressen er ny) den deltakeren, en linje uten legger til en ny, og "
					+ "deltakere som ikke står i listen fjernes. Etter påmeldingsfristen kan deltakere bare byttes ut.")
	@ApiResponse(responseCode = "409", description = "Fristen er ute, eller økten har ikke plass til flere",
			content = @Content(mediaType = "application/problem+json"))
	ManagedDelegationView change(@PathVariable String delegationId, HttpServletRequest caller,
			@RequestHeader(name = TOKEN_HEADER, required = false) String headerToken,
			@RequestParam(name = "token", required = false) String queryToken,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "Bytt ut én deltaker",
							value = EXAMPLE))) @Valid @RequestBody ManageRequests.ChangeRequest request) {
		return PublicApiMapping
			.managed(this.manage.changeParticipants(delegationId, ManageTokens.fromRequest(headerToken, queryToken),
					caller.getRemoteAddr(), PublicApiMapping.entries(request)));
	}

	@PutMapping(path = "/reflection", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send inn refleksjonssvarene",
			description = "Delegasjonens svar på verkstedets refleksjonsspørsmål. Kan endres fram til økten starter; "
					+ "hver innsending erstatter den forrige.")
	@ApiResponse(responseCode = "409", description = "Økten har startet",
			content = @Content(mediaType = "application/problem+json"))
	ManagedDelegationView reflection(@PathVariable String delegationId, HttpServletRequest caller,
			@RequestHeader(name = TOKEN_HEADER, required = false) String headerToken,
			@RequestParam(name = "token", required = false) String queryToken,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
					name = "To svar",
					value = REFLECTION_EXAMPLE))) @Valid @RequestBody ManageRequests.ReflectionRequest request) {
		return PublicApiMapping.managed(this.manage.submitReflection(delegationId,
				ManageTokens.fromRequest(headerToken, queryToken), caller.getRemoteAddr(),
				request.answers()
					.stream()
					.map(answer -> new ReflectionAnswer(answer.question().strip(), answer.answer().strip()))
					.toList()));
	}

	@DeleteMapping
	@Operation(summary = "Meld av hele delegasjonen", description = "Mulig fram til påmeldingsfristen.")
	ResponseEntity<Void> cancel(@PathVariable String delegationId, HttpServletRequest caller,
			@RequestHeader(name = TOKEN_HEADER, required = false) String headerToken,
			@RequestParam(name = "token", required = false) String queryToken) {
		this.manage.cancel(delegationId, ManageTokens.fromRequest(headerToken, queryToken), caller.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
