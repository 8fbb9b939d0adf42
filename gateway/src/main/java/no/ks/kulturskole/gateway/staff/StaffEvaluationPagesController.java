package no.ks.kulturskole.gateway.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's page of a workshop's evaluation (issue 16): the results, aggregated (mean and
 * distribution per 1–5 question, the free-text answers), as CSV too, and the questions,
 * which staff may change until the first answer comes. Works without JavaScript.
 */
@Controller
class StaffEvaluationPagesController {

	/** Rows of the question form: as many as a workshop may have questions. */
	static final int ROWS = 10;

	private final StaffApi api;

	StaffEvaluationPagesController(StaffApi api) {
		this.api = api;
	}

	@GetMapping("/stab/verksted/{id}/evaluering")
	String page(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffWorkshopResponse workshop = this.api.workshop(id);
		if (workshop == null) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		Results results = get("/api/workshops/{id}/evaluation/results", Results.class, id);
		Questions questions = get("/api/workshops/{id}/evaluation/questions", Questions.class, id);
		List<Question> rows = new ArrayList<>((questions != null) ? questions.questions() : List.of());
		while (rows.size() < ROWS) {
			rows.add(new Question(null, null, new Text(null, null, null)));
		}
		model.addAttribute("workshop", workshop);
		model.addAttribute("results", results);
		model.addAttribute("standard", questions == null || questions.standard());
		model.addAttribute("rows", rows);
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
					throw new org.springframework.web.client.RestClientException(
							"registration-service answered " + answer.getStatusCode().value());
				}
				return answer.getBody().readAllBytes();
			});
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evaluering-" + id + ".csv").build().toString())
			.body(csv);
	}

	/**
	 * Row {@code i} of the form: {@code kind[i]}, {@code nb[i]}, {@code nn[i]},
	 * {@code en[i]}; rows without any text are left out.
	 */
	@PostMapping("/stab/verksted/{id}/evaluering/sporsmal")
	String questions(@PathVariable String id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		List<Map<String, Object>> questions = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String nb = fields.getOrDefault("nb" + i, "");
			String nn = fields.getOrDefault("nn" + i, "");
			String en = fields.getOrDefault("en" + i, "");
			if (nb.isBlank() && nn.isBlank() && en.isBlank()) {
				continue;
			}
			Map<String, Object> text = new LinkedHashMap<>();
			text.put("nb", nb);
			text.put("nn", nn);
			text.put("en", en);
			Map<String, Object> question = new LinkedHashMap<>();
			question.put("kind", fields.getOrDefault("kind" + i, "SCALE_1_TO_5"));
			question.put("text", text);
			questions.add(question);
		}
		Outcome outcome = this.api.put(this.api.registrationService(), "/api/workshops/{id}/evaluation/questions",
				Map.of("questions", questions), id);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Spørsmålene er lagret: " + questions.size() + " spørsmål.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id + "/evaluering";
	}

	/** {@code null} while registration does not answer: the page shows what it has. */
	private <T> T get(String path, Class<T> type, Object... variables) {
		try {
			return this.api.registrationService().get().uri(path, variables).retrieve().body(type);
		}
		catch (org.springframework.web.client.RestClientException ex) {
			return null;
		}
	}

	record Results(long linksIssued, long answered, List<QuestionResult> questions) {

		Results {
			questions = (questions != null) ? questions : List.of();
		}

	}

	record QuestionResult(String questionId, String kind, Text text, long answers, Double mean, List<Long> distribution,
			List<String> texts) {

		public boolean scale() {
			return "SCALE_1_TO_5".equals(this.kind);
		}

	}

	record Questions(List<Question> questions, boolean standard) {

		Questions {
			questions = (questions != null) ? questions : List.of();
		}

	}

	record Question(String id, String kind, Text text) {
	}

	record Text(String nb, String nn, String en) {
	}

}
