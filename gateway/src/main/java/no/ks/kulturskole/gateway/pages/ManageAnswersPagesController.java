package no.ks.kulturskole.gateway.pages;

import no.ks.kulturskole.api.registration.AnswersView;
import no.ks.kulturskole.api.registration.ManagedDelegationView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator sees and changes the answers to the workshop's extra questions (issue
 * 17) on a page of their own beside the manage page, with the secret the manage page
 * keeps in the session. The same form fragment as the registration form; a refusal names
 * the question and shows what was written.
 */
@Controller
class ManageAnswersPagesController {

	private final ManageApi api;

	private final MessageSource messages;

	ManageAnswersPagesController(ManageApi api, MessageSource messages) {
		this.api = api;
		this.messages = messages;
	}

	@GetMapping("/delegasjon/{id}/svar")
	String answers(@PathVariable String id, HttpSession session, Model model, HttpServletResponse response) {
		String secret = ManageSecrets.of(session, id);
		ManageApi.Answer<ManagedDelegationView> delegation = (secret != null) ? this.api.view(id, secret) : null;
		ManageApi.Answer<AnswersView> given = (delegation != null && delegation.ok()) ? this.api.answers(id, secret)
				: null;
		if (given == null || !given.ok()) {
			return noAccess(model, response, 404);
		}
		return page(delegation.body(), given.body(), ManageAnswersForm.of(delegation.body(), given.body()),
				new FormErrors(), model);
	}

	@PostMapping("/delegasjon/{id}/svar")
	String change(@PathVariable String id, @ModelAttribute("form") ManageAnswersForm form, HttpSession session,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String secret = ManageSecrets.of(session, id);
		ManageApi.Answer<ManagedDelegationView> delegation = (secret != null) ? this.api.view(id, secret) : null;
		if (delegation == null || !delegation.ok()) {
			return noAccess(model, response, 403);
		}
		ManageApi.Answer<AnswersView> changed = this.api.changeAnswers(id, secret, form.body());
		if (changed.ok()) {
			redirect.addFlashAttribute("saved", text("manage.extraAnswersSaved"));
			return "redirect:/delegasjon/" + id + "/svar";
		}
		FormErrors errors = new FormErrors();
		changed.problem().errors().forEach(error -> errors.field(error.field(), error.message()));
		if (!errors.any()) {
			errors.general(
					(changed.problem().detail() != null) ? changed.problem().detail() : text("manage.answersRefused"));
		}
		response.setStatus(changed.status());
		ManageApi.Answer<AnswersView> current = this.api.answers(id, secret);
		return page(delegation.body(), current.ok() ? current.body() : null, form, errors, model);
	}

	private String page(ManagedDelegationView delegation, AnswersView given, ManageAnswersForm form, FormErrors errors,
			Model model) {
		model.addAttribute("delegation", delegation);
		model.addAttribute("questions", FormQuestion.of((given != null) ? given.questions() : null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "manage-answers";
	}

	private static String noAccess(Model model, HttpServletResponse response, int status) {
		response.setStatus(status);
		model.addAttribute("tooMany", false);
		return "manage-no-access";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
