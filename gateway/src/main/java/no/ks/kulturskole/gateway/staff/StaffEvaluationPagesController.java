package no.ks.kulturskole.gateway.staff;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.registration.EvaluationQuestionsRequest;
import no.ks.kulturskole.api.registration.EvaluationQuestionsResponse;
import no.ks.kulturskole.api.registration.EvaluationResultsResponse;
import no.ks.kulturskole.api.registration.StaffEvaluationApi;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's page of a workshop's evaluation (issue 16): the results, aggregated (mean and
 * distribution per 1–5 question, the free-text answers), as CSV too, and the questions,
 * which staff may change until the first answer comes. Works without JavaScript. Read and
 * written through registration-api's {@link StaffEvaluationApi} (issue 18).
 */
@Controller
class StaffEvaluationPagesController {

	private final StaffApi api;

	private final StaffEvaluationApi evaluations;

	StaffEvaluationPagesController(StaffApi api, StaffEvaluationApi evaluations) {
		this.api = api;
		this.evaluations = evaluations;
	}

	@GetMapping("/stab/verksted/{id}/evaluering")
	String page(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffWorkshopResponse workshop = this.api.workshop(id);
		if (workshop == null) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		EvaluationResultsResponse results = whileAnswered(() -> this.evaluations.results(id));
		EvaluationQuestionsResponse questions = whileAnswered(() -> this.evaluations.questions(id));
		model.addAttribute("workshop", workshop);
		model.addAttribute("results", results);
		model.addAttribute("standard", questions == null || questions.standard());
		model.addAttribute("rows",
				EvaluationQuestionsForm.rows((questions != null) ? questions.questions() : List.of()));
		return "staff-evaluation";
	}

	@GetMapping("/stab/verksted/{id}/evaluering.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id) {
		// the bytes as they came: the clients' converters are for JSON
		byte[] csv = this.api.registrationService()
			.get()
			.uri("/api/workshops/{id}/evaluation/results.csv", id)
			.exchange((request, answer) -> {
				if (!answer.getStatusCode().is2xxSuccessful()) {
					throw new RestClientException("registration-service answered " + answer.getStatusCode().value());
				}
				return answer.getBody().readAllBytes();
			});
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evaluering-" + id + ".csv").build().toString())
			.body(csv);
	}

	/** The form's rows ({@link EvaluationQuestionsForm}) replace every question. */
	@PostMapping("/stab/verksted/{id}/evaluering/sporsmal")
	String questions(@PathVariable String id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		EvaluationQuestionsRequest request = EvaluationQuestionsForm.request(fields);
		Outcome outcome = Outcome.of(() -> this.evaluations.replaceQuestions(id, request));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Spørsmålene er lagret: " + request.questions().size() + " spørsmål.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id + "/evaluering";
	}

	/** {@code null} while registration does not answer: the page shows what it has. */
	private static <T> T whileAnswered(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (RestClientException ex) {
			return null;
		}
	}

}
