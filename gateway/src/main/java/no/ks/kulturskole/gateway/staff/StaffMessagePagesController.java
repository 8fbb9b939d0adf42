package no.ks.kulturskole.gateway.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.notification.RegistrantMessageRequest;
import no.ks.kulturskole.api.notification.StaffNotificationApi;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.gateway.downstream.DownstreamProblems;
import no.ks.kulturskole.gateway.pages.FormErrors;
import no.ks.kulturskole.web.Problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's message to a workshop's registrants (issue 16): one form that previews how many
 * people the chosen audience reaches and sends the message through notification-service.
 * The form carries a message id made when it is shown, so that sending it twice (a double
 * click, a reload) is one message. Works without JavaScript.
 */
@Controller
class StaffMessagePagesController {

	/** The request's fields this form has an input for; others go in the summary only. */
	private static final List<String> FIELDS = List.of("audience.sessionId", "audience.statuses", "audience.roles",
			"subject.nb", "body.nb", "subject.nn", "body.nn", "subject.en", "body.en");

	private static final List<String> LANGUAGES = List.of("nb", "nn", "en");

	private final StaffApi api;

	private final StaffNotificationApi notifications;

	StaffMessagePagesController(StaffApi api, StaffNotificationApi notifications) {
		this.api = api;
		this.notifications = notifications;
	}

	@GetMapping("/stab/verksted/{id}/melding")
	String form(@PathVariable String id, Model model, HttpServletResponse response) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("messageId", UUID.randomUUID().toString());
		values.put("statuses", List.of("CONFIRMED"));
		values.put("roles", List.of("DELEGATES"));
		return page(id, values, new FormErrors(), null, model, response);
	}

	@PostMapping("/stab/verksted/{id}/melding")
	String sendOrPreview(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		Map<String, Object> values = valuesOf(form);
		boolean preview = "preview".equals(form.getFirst("action"));
		RegistrantMessageRequest request = requestOf(values);
		int recipients;
		try {
			recipients = preview ? this.notifications.preview(id, request).recipients()
					: this.notifications.send(id, request).recipients();
		}
		catch (HttpClientErrorException refused) {
			response.setStatus(refused.getStatusCode().value());
			return page(id, values, errorsOf(DownstreamProblems.of(refused)), null, model, response);
		}
		if (preview) {
			return page(id, values, new FormErrors(), recipients, model, response);
		}
		redirect.addFlashAttribute("saved", "Meldingen er sendt til " + recipients
				+ ((recipients == 1) ? " mottaker." : " mottakere.") + " Du finner e-postene i e-postloggen.");
		return "redirect:/stab/verksted/" + id;
	}

	private String page(String id, Map<String, Object> values, FormErrors errors, Integer preview, Model model,
			HttpServletResponse response) {
		StaffWorkshopResponse workshop = this.api.workshop(id);
		if (workshop == null) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		model.addAttribute("workshop", workshop);
		model.addAttribute("sessionNames", StaffWorkshopPagesController.sessionNames(workshop));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("preview", preview);
		return "staff-message";
	}

	private static Map<String, Object> valuesOf(MultiValueMap<String, String> form) {
		Map<String, Object> values = new LinkedHashMap<>();
		String messageId = form.getFirst("messageId");
		values.put("messageId", (messageId != null && !messageId.isBlank()) ? messageId : UUID.randomUUID().toString());
		values.put("sessionId", form.getFirst("sessionId"));
		values.put("statuses", form.getOrDefault("statuses", List.of()));
		values.put("roles", form.getOrDefault("roles", List.of()));
		for (String language : LANGUAGES) {
			values.put("subject." + language, form.getFirst("subject." + language));
			values.put("body." + language, form.getFirst("body." + language));
		}
		return values;
	}

	/**
	 * As the API wants it; what was left empty is left out, and refused by name there.
	 */
	@SuppressWarnings("unchecked")
	private static RegistrantMessageRequest requestOf(Map<String, Object> values) {
		String sessionId = (String) values.get("sessionId");
		RegistrantMessageRequest.AudienceRequest audience = new RegistrantMessageRequest.AudienceRequest(
				(sessionId != null && !sessionId.isBlank()) ? sessionId : null, (List<String>) values.get("statuses"),
				(List<String>) values.get("roles"));
		Map<String, String> subject = new LinkedHashMap<>();
		Map<String, String> body = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			putIfText(subject, language, values.get("subject." + language));
			putIfText(body, language, values.get("body." + language));
		}
		return new RegistrantMessageRequest((String) values.get("messageId"), audience, subject, body);
	}

	private static void putIfText(Map<String, String> versions, String language, Object text) {
		if (text instanceof String value && !value.isBlank()) {
			versions.put(language, value);
		}
	}

	private static FormErrors errorsOf(Problem problem) {
		FormErrors errors = new FormErrors();
		for (Problem.FieldProblem field : problem.errors()) {
			if (FIELDS.contains(field.field())) {
				errors.field(field.field(), field.message());
			}
			else {
				errors.general(field.message());
			}
		}
		if (!errors.any()) {
			errors.general((problem.detail() != null) ? problem.detail() : "Meldingen ble ikke tatt imot.");
		}
		return errors;
	}

}
