package no.ks.kulturskole.workshop.workshop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.ks.kulturskole.api.workshop.QuestionsRequest;
import no.ks.kulturskole.api.workshop.QuestionsResponse;
import no.ks.kulturskole.workshop.workshop.application.WorkshopCatalogue;
import no.ks.kulturskole.workshop.workshop.application.WorkshopChanges;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Extra questions on a workshop's registration form (issue 17): staff write them. */
@RestController
@RequestMapping(path = "/api/workshops", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verksted (ansatte)", description = "Planlegge og se verksted, med møtelenker")
class StaffQuestionsController {

	static final String EXAMPLE = """
			{ "questions": [
			  { "questionId": "diet", "scope": "PARTICIPANT", "kind": "SEVERAL_CHOICES", "required": false,
			    "personalData": true, "text": { "nb": "Hensyn til kosthold", "nn": "Omsyn til kosthald", "en": "Dietary needs" },
			    "choices": [ { "choiceId": "vegetarian", "label": { "nb": "Vegetar" } },
			                 { "choiceId": "gluten-free", "label": { "nb": "Glutenfritt" } } ] },
			  { "questionId": "hotel", "scope": "DELEGATION", "kind": "YES_NO", "required": true,
			    "personalData": false, "text": { "nb": "Trenger dere hotell?" }, "choices": [] }
			] }""";

	private final WorkshopChanges changes;

	private final WorkshopCatalogue catalogue;

	StaffQuestionsController(WorkshopChanges changes, WorkshopCatalogue catalogue) {
		this.changes = changes;
		this.catalogue = catalogue;
	}

	@GetMapping("/{id}/questions")
	@Operation(summary = "Ekstra spørsmål i påmeldingsskjemaet")
	@ApiResponse(responseCode = "404", description = "Fant ikke verkstedet",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	QuestionsResponse questions(@PathVariable String id) {
		return QuestionBodies.responseOf(this.catalogue.byId(id));
	}

	@PutMapping(path = "/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Bestem de ekstra spørsmålene i påmeldingsskjemaet",
			description = "Høyst 10 spørsmål, til delegasjonen (DELEGATION) eller hver deltaker (PARTICIPANT): "
					+ "SHORT_TEXT, LONG_TEXT, ONE_CHOICE, SEVERAL_CHOICES eller YES_NO, på bokmål (nynorsk og "
					+ "engelsk valgfritt). personalData markerer helseopplysninger (kosthold, tilrettelegging): "
					+ "svarene vises bare for ansatte og slettes med delegasjonen. Et publisert verksted kunngjør "
					+ "skjemaet (WorkshopQuestionsChanged) og kan bare få nye spørsmål som ikke er obligatoriske.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "Kosthold og hotell", value = EXAMPLE))))
	@ApiResponse(responseCode = "400",
			description = "Ugyldig spørsmål; feltet er navngitt, f.eks. questions[0].text.nb",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "409",
			description = "Verkstedet er over eller avlyst, eller endringen fjerner eller strammer inn et spørsmål "
					+ "etter publisering",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	QuestionsResponse ask(@PathVariable String id, @RequestBody QuestionsRequest request) {
		return QuestionBodies
			.responseOf(this.changes.askQuestions(id, QuestionBodies.toQuestions(request.questions())));
	}

}
