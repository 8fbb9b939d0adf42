package no.ks.kulturskole.gateway.staff;

import no.ks.kulturskole.api.workshop.CopyWorkshopRequest;
import no.ks.kulturskole.api.workshop.StaffWorkshopApi;

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

	private final StaffWorkshopApi workshops;

	StaffWorkshopCopyController(StaffWorkshopApi workshops) {
		this.workshops = workshops;
	}

	@PostMapping("/stab/verksted/{id}/kopier")
	String copy(@PathVariable String id, @RequestParam(required = false) String shiftDays,
			@RequestParam(required = false) String firstSessionStart, RedirectAttributes redirect) {
		// only what was filled in is sent: the service refuses neither or both by name
		Outcome outcome = Outcome
			.of(() -> this.workshops.copy(id, new CopyWorkshopRequest(FormValues.integer("shiftDays", shiftDays),
					FormValues.time("firstSessionStart", firstSessionStart))));
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

}
