package no.ks.kulturskole.registration.evaluation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.EvaluationAnswersRequest;
import no.ks.kulturskole.api.registration.EvaluationFormView;
import no.ks.kulturskole.api.registration.EvaluationFormView.EvaluationFormQuestion;
import no.ks.kulturskole.registration.evaluation.application.PublicEvaluations;
import no.ks.kulturskole.registration.evaluation.application.PublicEvaluations.Invitation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attendee's evaluation behind the secret link from the e-mail: public by design, the
 * secret (128 random bits) is the guard. Answered once.
 */
@RestController
@RequestMapping("/api/public/evaluations")
@Tag(name = "Evaluering", description = "Deltakernes anonyme evaluering etter en økt")
class PublicEvaluationController {

	static final String ANSWER_EXAMPLE = """
			{ "answers": { "q1": "5", "q2": "4", "q4": "Gode eksempler fra andre kommuner." } }""";

	private final PublicEvaluations evaluations;

	PublicEvaluationController(PublicEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/{token}")
	@Operation(summary = "Evalueringsskjemaet bak lenken",
			description = "Spørsmålene på språket som er bedt om (nb, nn eller en; ellers delegasjonens).")
	@ApiResponse(responseCode = "404", description = "Lenken finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Lenken er allerede brukt",
			content = @Content(mediaType = "application/problem+json"))
	EvaluationFormView form(@PathVariable String token, @RequestParam(required = false) String language) {
		Invitation invitation = this.evaluations.open(token);
		String shown = (language != null && List.of("nb", "nn", "en").contains(language)) ? language
				: invitation.language();
		return new EvaluationFormView(invitation.workshopTitle(),
				(invitation.session() != null) ? invitation.session().startsAt() : null,
				(invitation.session() != null) ? invitation.session().endsAt() : null, shown,
				invitation.form()
					.questions()
					.stream()
					.map((question) -> new EvaluationFormQuestion(question.id(), EvaluationViews.kind(question.kind()),
							question.text().in(shown)))
					.toList());
	}

	@PostMapping(path = "/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send svarene",
			description = "Svarene lagres uten noe som knytter dem til lenken eller "
					+ "personen. Lenken kan brukes én gang.")
	@ApiResponse(responseCode = "204", description = "Mottatt")
	@ApiResponse(responseCode = "400", description = "Et svar er ugyldig; feltet står i errors, f.eks. answers.q2",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Lenken finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Lenken er allerede brukt",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<Void> answer(@PathVariable String token,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "Tre svar",
							value = ANSWER_EXAMPLE))) @RequestBody EvaluationAnswersRequest request) {
		this.evaluations.answer(token, request.answers());
		return ResponseEntity.noContent().build();
	}

}
