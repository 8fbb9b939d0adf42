package no.ks.kulturskole.gateway.pages;

import no.ks.kulturskole.api.registration.PilotReceipt;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The application to become a pilot municipality, and its receipt. */
@Controller
class PilotPagesController {

	private static final List<String> FIELDS = List.of("municipalityNumber", "contact.name", "contact.email",
			"contact.phone", "motivation");

	private final ManageApi api;

	private final PublicApi publicApi;

	private final MessageSource messages;

	PilotPagesController(ManageApi api, PublicApi publicApi, MessageSource messages) {
		this.api = api;
		this.publicApi = publicApi;
		this.messages = messages;
	}

	@GetMapping("/pilot")
	String form(Model model) {
		return page(new PilotForm(), new FormErrors(), model);
	}

	@PostMapping("/pilot")
	String apply(@ModelAttribute("form") PilotForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ManageApi.Answer<PilotReceipt> answer = this.api.applyForPilot(form);
		if (answer.ok()) {
			PilotReceipt receipt = answer.body();
			redirect.addFlashAttribute("municipalityName",
					(receipt != null && receipt.organisation() != null) ? receipt.organisation().name() : null);
			return "redirect:/pilot/kvittering";
		}
		FormErrors errors = new FormErrors();
		answer.problem()
			.errors()
			.stream()
			.sorted((a, b) -> Integer.compare(rank(a.field()), rank(b.field())))
			.forEach((error) -> {
				if (FIELDS.contains(error.field())) {
					errors.field(error.field(), error.message());
				}
				else {
					errors.general(error.message());
				}
			});
		if (!errors.any() && answer.problem().detail() != null) {
			errors.general(answer.problem().detail());
		}
		else if (!errors.any()) {
			errors.generalInPageLanguage(
					this.messages.getMessage("pilot.refused", null, LocaleContextHolder.getLocale()));
		}
		response.setStatus(answer.status());
		return page(form, errors, model);
	}

	@GetMapping("/pilot/kvittering")
	String receipt(Model model) {
		if (!model.containsAttribute("municipalityName")) {
			return "redirect:/pilot";
		}
		return "pilot-receipt";
	}

	private static int rank(String field) {
		int index = FIELDS.indexOf(field);
		return (index >= 0) ? index : FIELDS.size();
	}

	private String page(PilotForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("municipalities", this.publicApi.municipalities());
		return "pilot";
	}

}
