package no.ks.kulturskole.gateway.staff;

import java.util.LinkedHashMap;
import java.util.Map;

import no.ks.kulturskole.gateway.downstream.DownstreamClients;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workshop page's "copy as a new draft" form (issue 17): workshop-service copies the
 * workshop moved by a number of days or to a new first session, and staff land on the new
 * draft to look it over before publishing it. A refusal comes back to the original's page
 * with the service's message.
 */
@Controller
class StaffWorkshopCopyController {

	private final StaffApi api;

	StaffWorkshopCopyController(DownstreamClients clients) {
		this.api = new StaffApi(clients);
	}

	@PostMapping("/stab/verksted/{id}/kopier")
	String copy(@PathVariable String id, @RequestParam(required = false) String shiftDays,
			@RequestParam(required = false) String firstSessionStart, RedirectAttributes redirect) {
		// only what was filled in: the service refuses neither or both by name
		Map<String, Object> body = new LinkedHashMap<>();
		if (shiftDays != null && !shiftDays.isBlank()) {
			body.put("shiftDays", number(shiftDays.strip()));
		}
		if (firstSessionStart != null && !firstSessionStart.isBlank()) {
			body.put("firstSessionStart", firstSessionStart.strip());
		}
		StaffApi.Outcome outcome = this.api.post(this.api.workshopService(), "/api/workshops/{id}/copy", body, id);
		if (!outcome.ok() || outcome.location() == null) {
			redirect.addFlashAttribute("refused", outcome.ok()
					? java.util.List.of("Kopien ble laget, men tjenesten sa ikke hvor den er.") : outcome.messages());
			return "redirect:/stab/verksted/" + id;
		}
		String path = outcome.location().getPath();
		redirect.addFlashAttribute("saved",
				"Kopien er lagret som utkast. Se over den, og publiser den når den er klar.");
		return "redirect:/stab/verksted/" + path.substring(path.lastIndexOf('/') + 1);
	}

	/** A number as the API wants it; what is not one goes as text, to be refused. */
	private static Object number(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

}
