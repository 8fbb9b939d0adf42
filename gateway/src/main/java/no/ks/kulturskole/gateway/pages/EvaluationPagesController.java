package no.ks.kulturskole.gateway.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.registration.EvaluationAnswersRequest;
import no.ks.kulturskole.api.registration.EvaluationFormView;
import no.ks.kulturskole.api.registration.PublicEvaluationApi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.RestClientException;

/**
 * The attendee's evaluation of a session (issue 16), behind the secret link from the
 * e-mail: a plain HTML form (radio groups in a fieldset for each 1–5 question, a text
 * area for free text) that works without JavaScript, in the page's language. Answered
 * once: afterwards the link shows that it has been used. Read and sent through
 * registration-api's {@link PublicEvaluationApi} (issue 18).
 */
@Controller
class EvaluationPagesController {

	private static final Logger log = LoggerFactory.getLogger(EvaluationPagesController.class);

	private final PublicEvaluationApi evaluations;

	private final MessageSource messages;

	EvaluationPagesController(PublicEvaluationApi evaluations, MessageSource messages) {
		this.evaluations = evaluations;
		this.messages = messages;
	}

	@GetMapping("/evaluering/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		return page(token, Map.of(), new FormErrors(), model, response);
	}

	/** Every field is a question id ({@code q1}…); anything else is left out. */
	@PostMapping("/evaluering/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> fields, Model model,
			HttpServletResponse response) {
		Map<String, String> answers = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.matches("q[0-9]{1,2}")) {
				answers.put(name, value);
			}
		});
		ManageApi.Answer<Void> answer = ManageApi.Answer
			.of(() -> this.evaluations.answer(token, new EvaluationAnswersRequest(answers)));
		if (answer.ok()) {
			return "redirect:/evaluering/takk";
		}
		if (answer.status() != 400) {
			return refused(answer.status(), model, response);
		}
		FormErrors errors = new FormErrors();
		answer.problem().errors().forEach((error) -> {
			String field = (error.field() != null) ? error.field().replaceFirst("^answers\\.", "") : null;
			if (field != null && field.matches("q[0-9]{1,2}")) {
				errors.field(field, error.message());
			}
			else {
				errors.generalInPageLanguage(text("evaluation.answerSomething"));
			}
		});
		if (!errors.any()) {
			errors.generalInPageLanguage(text("evaluation.refused"));
		}
		response.setStatus(400);
		return page(token, answers, errors, model, response);
	}

	@GetMapping("/evaluering/takk")
	String thanks() {
		return "evaluation-thanks";
	}

	/** registration-service away: the page says so, and the link works again later. */
	@ExceptionHandler(RestClientException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String serviceAway(RestClientException ex) {
		log.warn("The evaluation page could not reach registration-service ({})", ex.getClass().getSimpleName());
		return "unavailable";
	}

	private String page(String token, Map<String, String> given, FormErrors errors, Model model,
			HttpServletResponse response) {
		ManageApi.Answer<EvaluationFormView> form = ManageApi.Answer
			.of(() -> this.evaluations.form(token, LocaleContextHolder.getLocale().getLanguage()));
		if (!form.ok()) {
			return refused(form.status(), model, response);
		}
		model.addAttribute("evaluation", form.body());
		model.addAttribute("given", given);
		model.addAttribute("errors", errors);
		model.addAttribute("token", token);
		return "evaluation";
	}

	/** Used already (409): a page saying so; unknown (404): not found. */
	private String refused(int status, Model model, HttpServletResponse response) {
		response.setStatus(status);
		if (status == 409) {
			return "evaluation-answered";
		}
		model.addAttribute("message", text("evaluation.unknown"));
		model.addAttribute("messageInPageLanguage", true);
		return "not-found";
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
