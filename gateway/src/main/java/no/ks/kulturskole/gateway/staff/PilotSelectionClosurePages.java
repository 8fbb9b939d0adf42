package no.ks.kulturskole.gateway.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import no.ks.kulturskole.api.registration.SelectionClosureRequest;
import no.ks.kulturskole.api.registration.SelectionClosureResponse;
import no.ks.kulturskole.api.registration.StaffPilotApi;

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

	/** The day retention erases the applications' personal data, in Norwegian time. */
	private static final DateTimeFormatter DAY = DateTimeFormatter
		.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"))
		.withZone(ZoneId.of("Europe/Oslo"));

	private final StaffPilotApi pilots;

	/** The typed client is {@code DownstreamApis}' bean: one way to build them. */
	PilotSelectionClosurePages(StaffPilotApi pilots) {
		this.pilots = pilots;
	}

	@PostMapping("/stab/pilot/avslutt")
	String close(@RequestParam(name = "bekreft", required = false) String confirmed, RedirectAttributes redirect) {
		Outcome outcome = Outcome.of(() -> this.pilots.close(new SelectionClosureRequest("ja".equals(confirmed))));
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
		SelectionClosureResponse closure = closure();
		model.addAttribute("closure", closure);
		model.addAttribute("closedOn",
				(closure != null && closure.closedAt() != null) ? DAY.format(closure.closedAt()) : null);
		model.addAttribute("personalDataErasedOn", (closure != null && closure.personalDataErasedAt() != null)
				? DAY.format(closure.personalDataErasedAt()) : null);
	}

	private SelectionClosureResponse closure() {
		try {
			return this.pilots.closure();
		}
		catch (RestClientException ex) {
			return null;
		}
	}

}
