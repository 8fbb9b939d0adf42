package no.ks.kulturskole.gateway.pages;

import no.ks.kulturskole.api.registration.ManagedDelegationView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.ks.kulturskole.web.Problem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The coordinator's manage page, reached from the link in the e-mail
 * ({@code /delegasjon/{id}?nokkel=...}, written by notification-service): see the
 * delegation, add, remove and replace delegates, change roles, answer the reflection
 * questions, cancel. Plain forms, one per action, so it works without JavaScript.
 */
@Controller
class ManagePagesController {

	private static final Pattern PARTICIPANT_FIELD = Pattern.compile("participants\\[(\\d+)](\\.\\w+)?");

	private final ManageApi api;

	private final PublicApi publicApi;

	private final MessageSource messages;

	ManagePagesController(ManageApi api, PublicApi publicApi, MessageSource messages) {
		this.api = api;
		this.publicApi = publicApi;
		this.messages = messages;
	}

	/**
	 * The link from the e-mail: the secret moves into the session and the browser is sent
	 * on to the same page without it, so it leaves the address bar and the history.
	 */
	@GetMapping(path = "/delegasjon/{id}", params = "nokkel")
	String fromLink(@PathVariable String id, @RequestParam("nokkel") String secret, HttpSession session) {
		if (!secret.isBlank()) {
			ManageSecrets.remember(session, id, secret.strip());
		}
		return "redirect:/delegasjon/" + id;
	}

	@GetMapping("/delegasjon/{id}")
	String page(@PathVariable String id, HttpSession session, Model model, HttpServletResponse response) {
		String secret = ManageSecrets.of(session, id);
		if (secret == null) {
			return noAccess(model, response, false);
		}
		ManageApi.Answer<ManagedDelegationView> answer = this.api.view(id, secret);
		if (!answer.ok()) {
			return refused(id, answer, session, model, response);
		}
		return managePage(answer.body(), ManageForm.of(answer.body()), new FormErrors(), null, model);
	}

	/**
	 * The delegation's data as a file (issue 14: access and portability), with the secret
	 * the session holds. Without one, or with one the service refuses, back to the page,
	 * which says why.
	 */
	@GetMapping("/delegasjon/{id}/data")
	ResponseEntity<Map<String, Object>> data(@PathVariable String id, HttpSession session) {
		String secret = ManageSecrets.of(session, id);
		ManageApi.Answer<Map<String, Object>> answer = (secret != null) ? this.api.data(id, secret) : null;
		if (answer == null || !answer.ok()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/delegasjon/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)))
				.build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("delegasjon-" + id + ".json").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(answer.body());
	}

	@PostMapping("/delegasjon/{id}/deltakere")
	String change(@PathVariable String id, @ModelAttribute("form") ManageForm form, HttpSession session, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String secret = ManageSecrets.of(session, id);
		if (secret == null) {
			return noAccess(model, response, true);
		}
		List<ManageForm.Kept> kept = form.kept();
		ManageApi.Answer<ManagedDelegationView> answer = this.api.change(id, secret, kept);
		if (answer.ok()) {
			redirect.addFlashAttribute("saved", text("manage.saved"));
			return "redirect:/delegasjon/" + id;
		}
		if (answer.notFound() || answer.tooMany()) {
			return refused(id, answer, session, model, response);
		}
		ManageApi.Answer<ManagedDelegationView> current = this.api.view(id, secret);
		if (!current.ok()) {
			return refused(id, current, session, model, response);
		}
		form.padRows();
		response.setStatus(answer.status());
		return managePage(current.body(), form, errorsOf(answer.problem(), kept, text("manage.changeRefused")), null,
				model);
	}

	@PostMapping("/delegasjon/{id}/refleksjon")
	String reflect(@PathVariable String id, @RequestParam(name = "svar", required = false) List<String> answers,
			HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String secret = ManageSecrets.of(session, id);
		if (secret == null) {
			return noAccess(model, response, true);
		}
		ManageApi.Answer<ManagedDelegationView> current = this.api.view(id, secret);
		if (!current.ok()) {
			return refused(id, current, session, model, response);
		}
		List<String> questions = this.api.reflectionQuestions(current.body().workshopId());
		ManageApi.Answer<ManagedDelegationView> answer = this.api.reflect(id, secret, questions, answers);
		if (answer.ok()) {
			redirect.addFlashAttribute("saved", text("manage.answersSaved"));
			return "redirect:/delegasjon/" + id + "#refleksjon";
		}
		FormErrors errors = new FormErrors();
		if (answer.problem().detail() != null) {
			errors.field("svar", answer.problem().detail());
		}
		else {
			errors.fieldInPageLanguage("svar", text("manage.answersRefused"));
		}
		response.setStatus(answer.status());
		return managePage(current.body(), ManageForm.of(current.body()), errors, answers, model);
	}

	@PostMapping("/delegasjon/{id}/avmelding")
	String cancel(@PathVariable String id, @RequestParam(name = "bekreft", required = false) String confirmed,
			HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String secret = ManageSecrets.of(session, id);
		if (secret == null) {
			return noAccess(model, response, true);
		}
		if (confirmed == null) {
			ManageApi.Answer<ManagedDelegationView> current = this.api.view(id, secret);
			if (!current.ok()) {
				return refused(id, current, session, model, response);
			}
			FormErrors errors = new FormErrors();
			errors.fieldInPageLanguage("bekreft", text("manage.confirmMissing"));
			response.setStatus(400);
			return managePage(current.body(), ManageForm.of(current.body()), errors, null, model);
		}
		ManageApi.Answer<Void> answer = this.api.cancel(id, secret);
		if (answer.ok()) {
			redirect.addFlashAttribute("saved", text("manage.cancelled"));
			return "redirect:/delegasjon/" + id;
		}
		if (answer.notFound() || answer.tooMany()) {
			return refused(id, answer, session, model, response);
		}
		ManageApi.Answer<ManagedDelegationView> current = this.api.view(id, secret);
		if (!current.ok()) {
			return refused(id, current, session, model, response);
		}
		FormErrors errors = new FormErrors();
		if (answer.problem().detail() != null) {
			errors.field("bekreft", answer.problem().detail());
		}
		else {
			errors.fieldInPageLanguage("bekreft", text("manage.cancelRefused"));
		}
		response.setStatus(answer.status());
		return managePage(current.body(), ManageForm.of(current.body()), errors, null, model);
	}

	@PostMapping("/delegasjon/{id}/sletting")
	String erase(@PathVariable String id, @RequestParam(name = "bekreft-sletting", required = false) String confirmed,
			HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String secret = ManageSecrets.of(session, id);
		if (secret == null) {
			return noAccess(model, response, true);
		}
		ManageApi.Answer<Void> answer = (confirmed != null) ? this.api.erase(id, secret) : null;
		if (answer != null && answer.ok()) {
			redirect.addFlashAttribute("saved", text("manage.erased"));
			return "redirect:/delegasjon/" + id;
		}
		if (answer != null && (answer.notFound() || answer.tooMany())) {
			return refused(id, answer, session, model, response);
		}
		ManageApi.Answer<ManagedDelegationView> current = this.api.view(id, secret);
		if (!current.ok()) {
			return refused(id, current, session, model, response);
		}
		FormErrors errors = new FormErrors();
		if (answer == null) {
			errors.fieldInPageLanguage("bekreft-sletting", text("manage.eraseConfirmMissing"));
			response.setStatus(400);
		}
		else {
			errors.field("bekreft-sletting",
					(answer.problem().detail() != null) ? answer.problem().detail() : text("manage.eraseRefused"));
			response.setStatus(answer.status());
		}
		return managePage(current.body(), ManageForm.of(current.body()), errors, null, model);
	}

	private String managePage(ManagedDelegationView managed, ManageForm form, FormErrors errors, List<String> answers,
			Model model) {
		List<String> questions = this.api.reflectionQuestions(managed.workshopId());
		List<String> shownAnswers = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			shownAnswers
				.add((answers != null && i < answers.size()) ? answers.get(i) : managed.answerTo(questions.get(i)));
		}
		model.addAttribute("delegation", managed);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("questions", questions);
		model.addAttribute("answers", shownAnswers);
		model.addAttribute("roleCategories", RoleCategories.LABELS);
		WorkshopPage workshop = this.publicApi.workshop(managed.workshopId());
		model.addAttribute("extraQuestions", workshop != null && !workshop.questions().isEmpty());
		return "manage";
	}

	private String refused(String id, ManageApi.Answer<?> answer, HttpSession session, Model model,
			HttpServletResponse response) {
		if (answer.tooMany()) {
			response.setStatus(429);
			model.addAttribute("tooMany", true);
			return "manage-no-access";
		}
		// a wrong or replaced secret: forget it, so the next visit does not try it again
		ManageSecrets.forget(session, id);
		return noAccess(model, response, false);
	}

	private static String noAccess(Model model, HttpServletResponse response, boolean write) {
		response.setStatus(write ? 403 : 404);
		model.addAttribute("tooMany", false);
		return "manage-no-access";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/**
	 * The service numbers the rows it was sent; the form numbers all its rows.
	 * {@code refused} is said, in the page's language, when the service gave no reason.
	 */
	static FormErrors errorsOf(Problem problem, List<ManageForm.Kept> kept, String refused) {
		FormErrors errors = new FormErrors();
		for (Problem.FieldProblem error : problem.errors()) {
			String field = (error.field() != null) ? error.field() : "";
			Matcher participant = PARTICIPANT_FIELD.matcher(field);
			if (participant.matches() && participant.group(2) != null
					&& Integer.parseInt(participant.group(1)) < kept.size()) {
				errors.field("participants[" + kept.get(Integer.parseInt(participant.group(1))).formIndex() + "]"
						+ participant.group(2), error.message());
			}
			else if (field.startsWith("participants")) {
				errors.field("participants", error.message());
			}
			else {
				errors.general(error.message());
			}
		}
		if (!errors.any() && problem.detail() != null) {
			errors.general(problem.detail());
		}
		else if (!errors.any()) {
			errors.generalInPageLanguage(refused);
		}
		return errors;
	}

}
