package no.ks.kulturskole.gateway.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.registration.AnswersView;
import no.ks.kulturskole.api.registration.StaffAnswersResponse;
import no.ks.kulturskole.api.registration.StaffDelegationView;
import no.ks.kulturskole.api.registration.StaffRegistrationQueries;
import no.ks.kulturskole.api.workshop.QuestionsResponse;
import no.ks.kulturskole.api.workshop.StaffWorkshopApi;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;

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
 * see. Read and written through workshop-api's and registration-api's records (issue 18).
 */
@Controller
class StaffWorkshopQuestionsController {

	private final StaffApi api;

	private final StaffWorkshopApi workshops;

	private final StaffRegistrationQueries registrations;

	StaffWorkshopQuestionsController(StaffApi api, StaffWorkshopApi workshops, StaffRegistrationQueries registrations) {
		this.api = api;
		this.workshops = workshops;
		this.registrations = registrations;
	}

	@GetMapping("/stab/verksted/{id}/sporsmal")
	String questions(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffWorkshopResponse workshop = this.api.workshop(id);
		if (workshop == null) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		QuestionsResponse questions = this.workshops.questions(id);
		List<QuestionColumn> columns = (questions != null)
				? questions.questions().stream().map(QuestionColumn::new).toList() : List.of();
		model.addAttribute("workshop", workshop);
		model.addAttribute("questions", columns);
		if (!model.containsAttribute("editor")) {
			model.addAttribute("editor", QuestionsEditor.of((questions != null) ? questions.questions() : List.of()));
		}
		model.addAttribute("answers", answerRows(id, columns));
		return "staff-workshop-questions";
	}

	@PostMapping("/stab/verksted/{id}/sporsmal")
	String save(@PathVariable String id, @ModelAttribute("editor") QuestionsEditor editor,
			RedirectAttributes redirect) {
		Outcome outcome = Outcome.of(() -> this.workshops.askQuestions(id, editor.request()));
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

	/** One row per delegate of a delegation that answered, with every answer readable. */
	private List<AnswerRow> answerRows(String workshopId, List<QuestionColumn> questions) {
		StaffAnswersResponse answers;
		try {
			answers = this.registrations.answers(workshopId);
		}
		catch (HttpClientErrorException.NotFound ex) {
			return List.of();
		}
		if (answers == null) {
			return List.of();
		}
		Map<String, StaffDelegationView> delegations = this.api.registrations(workshopId)
			.stream()
			.collect(Collectors.toMap(StaffDelegationView::delegationId, delegation -> delegation));
		List<AnswerRow> rows = new ArrayList<>();
		for (AnswersView given : answers.delegations()) {
			StaffDelegationView delegation = delegations.get(given.delegationId());
			if (delegation == null) {
				continue;
			}
			String municipality = (delegation.municipality() != null) ? delegation.municipality().name() : "";
			for (StaffDelegationView.ParticipantView participant : delegation.participants()) {
				Map<String, List<String>> own = given.participants()
					.getOrDefault(participant.participantId(), Map.of());
				rows.add(new AnswerRow(municipality, participant.name(),
						questions.stream()
							.map(question -> question.readable(question.forDelegation()
									? given.answers().get(question.questionId()) : own.get(question.questionId())))
							.toList()));
			}
		}
		return rows;
	}

	record AnswerRow(String municipality, String name, List<String> answers) {
	}

}
