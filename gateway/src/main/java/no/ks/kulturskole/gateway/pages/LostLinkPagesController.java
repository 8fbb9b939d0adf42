package no.ks.kulturskole.gateway.pages;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.web.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lost manage link (public): a coordinator who lost the e-mail asks for a new link
 * with the municipality and the address registered. Split from the manage page
 * ({@link ManagePagesController}) because it is reached without a link and answers the
 * same whether or not anything was found.
 */
@Controller
class LostLinkPagesController {

	private final ManageApi api;

	private final PublicApi publicApi;

	private final MessageSource messages;

	LostLinkPagesController(ManageApi api, PublicApi publicApi, MessageSource messages) {
		this.api = api;
		this.publicApi = publicApi;
		this.messages = messages;
	}

	@GetMapping("/mistet-lenke")
	String lostLink(@RequestParam(name = "verksted", required = false) String workshopId, Model model) {
		return lostLinkPage(workshopId, null, null, new FormErrors(), model);
	}

	/**
	 * Whether or not a delegation was found, the answer is the same: the page must not
	 * tell a stranger which municipalities are registered with which address.
	 */
	@PostMapping("/mistet-lenke")
	String requestLink(@RequestParam(name = "workshopId", required = false) String workshopId,
			@RequestParam(name = "organisationNumber", required = false) String organisationNumber,
			@RequestParam(name = "email", required = false) String email, Model model, HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		if (workshopId == null || workshopId.isBlank()) {
			errors.fieldInPageLanguage("workshopId", text("lostLink.workshopMissing"));
		}
		if (organisationNumber == null || organisationNumber.isBlank()) {
			errors.fieldInPageLanguage("organisationNumber", text("lostLink.municipalityMissing"));
		}
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.fieldInPageLanguage("email", text("lostLink.emailMissing"));
		}
		if (!errors.any()) {
			ManageApi.Answer<Void> answer = this.api.requestLink(workshopId, organisationNumber, email);
			if (answer.ok() || answer.notFound()) {
				return "lost-link-sent";
			}
			for (Problem.FieldProblem problem : answer.problem().errors()) {
				if (List.of("organisationNumber", "email").contains(problem.field())) {
					errors.field(problem.field(), problem.message());
				}
				else {
					errors.general(problem.message());
				}
			}
			if (!errors.any() && answer.problem().detail() != null) {
				errors.general(answer.problem().detail());
			}
			else if (!errors.any()) {
				errors.generalInPageLanguage(text("lostLink.refused"));
			}
			response.setStatus(answer.status());
		}
		else {
			response.setStatus(400);
		}
		return lostLinkPage(workshopId, organisationNumber, email, errors, model);
	}

	private String lostLinkPage(String workshopId, String organisationNumber, String email, FormErrors errors,
			Model model) {
		model.addAttribute("workshops", this.publicApi.openWorkshops());
		model.addAttribute("municipalities", this.publicApi.municipalities());
		model.addAttribute("workshopId", workshopId);
		model.addAttribute("organisationNumber", organisationNumber);
		model.addAttribute("email", email);
		model.addAttribute("errors", errors);
		return "lost-link";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
