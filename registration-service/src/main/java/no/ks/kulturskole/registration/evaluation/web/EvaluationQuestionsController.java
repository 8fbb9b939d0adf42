package no.ks.kulturskole.registration.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.registration.EvaluationQuestionsRequest;
import no.ks.kulturskole.api.registration.EvaluationQuestionsResponse;
import no.ks.kulturskole.registration.evaluation.application.EvaluationQuestions;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** For staff only: the questions of a workshop's evaluation (issue 16). */
@RestController
@Tag(name = "Evaluering (ansatte)", description = "Spørsmålene i evalueringen deltakerne får etter en økt")
class EvaluationQuestionsController {

	static final String EXAMPLE = """
			{
			  "questions": [
			    {"kind": "SCALE_1_TO_5", "text": {"nb": "Hvor nyttig var økten?", "nn": "Kor nyttig var økta?", "en": "How useful was the session?"}},
			    {"kind": "FREE_TEXT", "text": {"nb": "Hva tar dere med hjem?"}}
			  ]
			}""";

	private final EvaluationQuestions questions;

	EvaluationQuestionsController(EvaluationQuestions questions) {
		this.questions = questions;
	}

	@GetMapping("/api/workshops/{workshopId}/evaluation/questions")
	@Operation(summary = "Spørsmålene i verkstedets evaluering",
			description = "Standardspørsmålene (standard: true) til de ansatte har satt egne.")
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	EvaluationQuestionsResponse questions(@PathVariable String workshopId) {
		return EvaluationViews.questions(this.questions.of(workshopId));
	}

	@PutMapping(path = "/api/workshops/{workshopId}/evaluation/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sett verkstedets evalueringsspørsmål",
			description = "Høyst 10 spørsmål, hvert på en skala fra 1 til 5 (SCALE_1_TO_5) eller fritekst (FREE_TEXT), "
					+ "med tekst på bokmål og gjerne nynorsk og engelsk. Erstatter alle spørsmålene; "
					+ "kan ikke endres etter at det er kommet svar.")
	@ApiResponse(responseCode = "400",
			description = "Ugyldig spørsmål; feltet står i errors, f.eks. questions[3].text.nb",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Verkstedet finnes ikke",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Evalueringen har allerede fått svar",
			content = @Content(mediaType = "application/problem+json"))
	EvaluationQuestionsResponse replace(@PathVariable String workshopId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "To spørsmål",
							value = EXAMPLE))) @RequestBody EvaluationQuestionsRequest request) {
		return EvaluationViews.questions(this.questions.replace(workshopId, EvaluationViews.drafts(request)));
	}

}
