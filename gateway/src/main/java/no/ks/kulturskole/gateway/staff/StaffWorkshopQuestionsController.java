package no.ks.kulturskole.gateway.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.api.registration.StaffDelegationView;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.gateway.pages.FormQuestion;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A workshop's extra registration questions for staff (issue 17): the editor (at most
 * ten; workshop-service checks them, and its refusal comes back with the service's
 * message) and every delegation's answers, health-related ones included, which only staff
 * see.
 */
@Controller
class StaffWorkshopQuestionsController {

	private final StaffApi api;

	StaffWorkshopQuestionsController(DownstreamClients clients) {
		this.api = new StaffApi(clients);
	}

	@GetMapping("/stab/verksted/{id}/sporsmal")
	String questions(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffWorkshopResponse workshop = this.api.workshop(id);
		if (workshop == null) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		List<FormQuestion> questions = questionsOf(id);
		model.addAttribute("workshop", workshop);
		model.addAttribute("questions", questions);
		if (!model.containsAttribute("editor")) {
			model.addAttribute("editor", QuestionsEditor.of(questions));
		}
		model.addAttribute("answers", answerRows(id, questions));
		return "staff-workshop-questions";
	}

	@PostMapping("/stab/verksted/{id}/sporsmal")
	String save(@PathVariable String id, @ModelAttribute("editor") QuestionsEditor editor,
			RedirectAttributes redirect) {
		Outcome outcome = this.api.put(this.api.workshopService(), "/api/workshops/{id}/questions",
				Map.of("questions", editor.questions()), id);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Spørsmålene er lagret.");
		}
		else {
			// what was written comes back with the refusal, so nothing has to be typed
			// again
			editor.pad();
			redirect.addFlashAttribute("editor", editor);
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id + "/sporsmal";
	}

	private List<FormQuestion> questionsOf(String workshopId) {
		Questions questions = this.api.workshopService()
			.get()
			.uri("/api/workshops/{id}/questions", workshopId)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(Questions.class);
		return (questions != null && questions.questions() != null) ? questions.questions() : List.of();
	}

	/** One row per delegate of a delegation that answered, with every answer readable. */
	private List<AnswerRow> answerRows(String workshopId, List<FormQuestion> questions) {
		Answers answers;
		try {
			answers = this.api.registrationService()
				.get()
				.uri((uri) -> uri.path("/api/registrations/answers").queryParam("workshopId", workshopId).build())
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Answers.class);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return List.of();
		}
		if (answers == null || answers.delegations() == null) {
			return List.of();
		}
		Map<String, StaffDelegationView> delegations = this.api.registrations(workshopId)
			.stream()
			.collect(Collectors.toMap(StaffDelegationView::delegationId, delegation -> delegation));
		List<AnswerRow> rows = new ArrayList<>();
		for (DelegationAnswers given : answers.delegations()) {
			StaffDelegationView delegation = delegations.get(given.delegationId());
			if (delegation == null) {
				continue;
			}
			String municipality = (delegation.municipality() != null) ? delegation.municipality().name() : "";
			for (StaffDelegationView.ParticipantView participant : delegation.participants()) {
				Map<String, List<String>> own = (given.participants() != null)
						? given.participants().getOrDefault(participant.participantId(), Map.of()) : Map.of();
				rows.add(new AnswerRow(municipality, participant.name(),
						questions.stream()
							.map(question -> readable(question,
									question.forDelegation() ? valuesOf(given.answers(), question)
											: own.get(question.questionId())))
							.toList()));
			}
		}
		return rows;
	}

	private static List<String> valuesOf(Map<String, List<String>> answers, FormQuestion question) {
		return (answers != null) ? answers.get(question.questionId()) : null;
	}

	private static String readable(FormQuestion question, List<String> values) {
		if (values == null) {
			return "";
		}
		return values.stream().map(value -> {
			if ("YES_NO".equals(question.kind())) {
				return "yes".equals(value) ? "Ja" : "Nei";
			}
			return question.choices()
				.stream()
				.filter(choice -> choice.choiceId().equals(value))
				.map(choice -> choice.label("nb"))
				.findFirst()
				.orElse(value);
		}).collect(Collectors.joining(", "));
	}

	record AnswerRow(String municipality, String name, List<String> answers) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Questions(List<FormQuestion> questions) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answers(List<DelegationAnswers> delegations) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DelegationAnswers(String delegationId, Map<String, List<String>> answers,
			Map<String, Map<String, List<String>>> participants) {
	}

}
