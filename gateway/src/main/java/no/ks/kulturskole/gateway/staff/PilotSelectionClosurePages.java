package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closing of the pilot selection on the staff pilot page (issue 14): a button that
 * closes it for good (after a confirming checkbox, since it cannot be undone), and the
 * day the applications' personal data is erased once it is closed. registration-service
 * owns both ({@code /api/pilot-applications/selection/closure}).
 */
@Controller
class PilotSelectionClosurePages {

	private static final String CLOSURE = "/api/pilot-applications/selection/closure";

	/** The day retention erases the applications' personal data, in Norwegian time. */
	private static final DateTimeFormatter DAY = DateTimeFormatter
		.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"))
		.withZone(ZoneId.of("Europe/Oslo"));

	private final StaffApi api;

	PilotSelectionClosurePages(StaffApi api) {
		this.api = api;
	}

	@PostMapping("/stab/pilot/avslutt")
	String close(@RequestParam(name = "bekreft", required = false) String confirmed, RedirectAttributes redirect) {
		Outcome outcome = this.api.post(this.api.registrationService(), CLOSURE,
				Map.of("confirm", "ja".equals(confirmed)));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Utvelgelsen er avsluttet.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/pilot";
	}

	/**
	 * Adds {@code closure} (or {@code null} when registration-service does not answer) to
	 * the pilot page's model, with the erasure day formatted.
	 */
	void addTo(Model model) {
		Closure closure = closure();
		model.addAttribute("closure", closure);
		model.addAttribute("closedOn",
				(closure != null && closure.closedAt() != null) ? DAY.format(closure.closedAt()) : null);
		model.addAttribute("personalDataErasedOn", (closure != null && closure.personalDataErasedAt() != null)
				? DAY.format(closure.personalDataErasedAt()) : null);
	}

	private Closure closure() {
		try {
			return this.api.registrationService()
				.get()
				.uri(CLOSURE)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(Closure.class);
		}
		catch (RestClientException ex) {
			return null;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Closure(boolean closed, Instant closedAt, Instant personalDataErasedAt) {
	}

}
