package no.ks.kulturskole.gateway.pages;

import no.ks.kulturskole.api.registration.RegistrationResponse;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import no.ks.kulturskole.web.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages: open workshops, the registration form and its receipt. Server
 * rendered and without JavaScript, so they work in any browser and with any assistive
 * technology; the rules stay in registration-service, whose error list is shown next to
 * the fields.
 */
@Controller
class PublicPagesController {

	private static final Logger log = LoggerFactory.getLogger(PublicPagesController.class);

	private static final Pattern PARTICIPANT_FIELD = Pattern.compile("participants\\[(\\d+)](.*)");

	static final Map<String, String> ROLE_CATEGORIES = RoleCategories.LABELS;

	private final PublicApi api;

	private final MessageSource messages;

	PublicPagesController(PublicApi api, MessageSource messages) {
		this.api = api;
		this.messages = messages;
	}

	@GetMapping("/")
	String workshops(Model model) {
		model.addAttribute("workshops", this.api.openWorkshops());
		return "workshops";
	}

	@GetMapping("/verksted/{id}/pamelding")
	String form(@PathVariable String id, Model model) {
		WorkshopPage workshop = this.api.workshop(id);
		return formPage(workshop, RegistrationForm.blank((workshop != null) ? workshop.maxDelegationSize() : null),
				new FormErrors(), model);
	}

	/** More rows without JavaScript: the form comes back as written, with three more. */
	@PostMapping(path = "/verksted/{id}/pamelding", params = "flereRader")
	String moreRows(@PathVariable String id, @ModelAttribute("form") RegistrationForm form, Model model) {
		WorkshopPage workshop = this.api.workshop(id);
		form.padRows((workshop != null) ? workshop.maxDelegationSize() : null);
		if (workshop != null && (workshop.maxDelegationSize() == null
				|| form.getParticipants().size() < workshop.maxDelegationSize())) {
			form.addRows(3);
		}
		return formPage(workshop, form, new FormErrors(), model);
	}

	@PostMapping("/verksted/{id}/pamelding")
	String register(@PathVariable String id, @ModelAttribute("form") RegistrationForm form, Model model,
			RedirectAttributes redirect, HttpSession session) {
		List<RegistrationForm.FilledRow> rows = form.filledRows();
		// the e-mails follow the language the form was filled in
		PublicApi.Outcome outcome = this.api.register(id, form, rows, LocaleContextHolder.getLocale().getLanguage());
		if (outcome.receipt() != null) {
			RegistrationResponse receipt = outcome.receipt();
			WorkshopPage workshop = this.api.workshop(id);
			// the secret is shown only this once: this browser may go straight on to the
			// manage page; everyone else uses the link in the e-mail
			boolean manageable = receipt.manageToken() != null;
			if (manageable) {
				ManageSecrets.remember(session, receipt.delegationId(), receipt.manageToken());
			}
			redirect.addFlashAttribute("confirmation", new Confirmation((workshop != null) ? workshop.title() : null,
					(receipt.municipality() != null) ? receipt.municipality().name() : null, receipt.participantCount(),
					receipt.status() == SeatStatus.WAITLISTED, manageable ? receipt.delegationId() : null));
			return "redirect:/pamelding/kvittering";
		}
		WorkshopPage workshop = this.api.workshop(id);
		form.padRows((workshop != null) ? workshop.maxDelegationSize() : null);
		return formPage(workshop, form, errorsOf(outcome.problem(), rows, text("registration.refused")), model);
	}

	@GetMapping("/pamelding/kvittering")
	String confirmation(Model model) {
		// only reached by the redirect after a registration; a reload or bookmark goes
		// home
		if (!model.containsAttribute("confirmation")) {
			return "redirect:/";
		}
		return "confirmation";
	}

	@ExceptionHandler(RestClientException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String serviceAway(RestClientException ex) {
		log.warn("A public page could not reach a service ({})", ex.getClass().getSimpleName());
		return "unavailable";
	}

	private String formPage(WorkshopPage workshop, RegistrationForm form, FormErrors errors, Model model) {
		if (workshop == null) {
			model.addAttribute("message", text("registration.workshopNotFound"));
			model.addAttribute("messageInPageLanguage", true);
			return "not-found";
		}
		model.addAttribute("workshop", workshop);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("municipalities", this.api.municipalities());
		model.addAttribute("roleCategories", ROLE_CATEGORIES);
		model.addAttribute("moreRowsPossible",
				workshop.maxDelegationSize() == null || form.getParticipants().size() < workshop.maxDelegationSize());
		return "registration";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * The service numbers the participants it was sent; the form numbers its rows, blank
	 * ones included. Errors are put back on the row the person wrote in. {@code refused}
	 * is said, in the page's language, when the service gave no reason.
	 */
	static FormErrors errorsOf(Problem problem, List<RegistrationForm.FilledRow> rows, String refused) {
		FormErrors errors = new FormErrors();
		List<Problem.FieldProblem> sorted = new ArrayList<>();
		for (Problem.FieldProblem error : problem.errors()) {
			sorted.add(new Problem.FieldProblem(formField(error.field(), rows), error.message()));
		}
		sorted.sort(Comparator.comparing((Problem.FieldProblem error) -> rank(error.field())));
		for (Problem.FieldProblem error : sorted) {
			if (isFormField(error.field())) {
				errors.field(error.field(), error.message());
			}
			else {
				errors.general(error.message());
			}
		}
		if (problem.detail() != null && !errors.any()) {
			errors.general(problem.detail());
		}
		else if (!errors.any()) {
			errors.generalInPageLanguage(refused);
		}
		return errors;
	}

	private static String formField(String field, List<RegistrationForm.FilledRow> rows) {
		if (field == null) {
			return "";
		}
		Matcher participant = PARTICIPANT_FIELD.matcher(field);
		if (participant.matches()) {
			int sent = Integer.parseInt(participant.group(1));
			if (sent < rows.size() && !participant.group(2).isEmpty()) {
				return "participants[" + rows.get(sent).formIndex() + "]" + participant.group(2);
			}
			return "participants";
		}
		return field;
	}

	private static boolean isFormField(String field) {
		return List
			.of("municipalityNumber", "coordinator.name", "coordinator.email", "coordinator.phone", "participants")
			.contains(field) || field.matches("participants\\[\\d+]\\.(name|email|roleTitle|roleCategory)")
				|| field.matches("(participants\\[\\d+]\\.)?answers\\.[a-z0-9-]+");
	}

	/** Sorts errors in the order the fields come in the form. */
	private static String rank(String field) {
		List<String> order = List.of("municipalityNumber", "coordinator.name", "coordinator.email", "coordinator.phone",
				"participants");
		int known = order.indexOf(field);
		if (known >= 0) {
			return known + "";
		}
		if (field.startsWith("answers.")) {
			// the delegation's extra questions come between the coordinator and the
			// delegates
			return "4-" + field;
		}
		Matcher answer = Pattern.compile("participants\\[(\\d+)]\\.answers\\..*").matcher(field);
		if (answer.matches()) {
			return "5-%03d-9".formatted(Integer.parseInt(answer.group(1)));
		}
		Matcher participant = Pattern.compile("participants\\[(\\d+)]\\.(\\w+)").matcher(field);
		if (participant.matches()) {
			int column = List.of("name", "email", "roleTitle", "roleCategory").indexOf(participant.group(2));
			return "5-%03d-%d".formatted(Integer.parseInt(participant.group(1)), column);
		}
		return "9";
	}

	/** The receipt, kept in the session for the one page after the redirect. */
	record Confirmation(String workshopTitle, String municipalityName, int participantCount, boolean waitlisted,
			String manageableDelegationId) implements Serializable {
	}

}
