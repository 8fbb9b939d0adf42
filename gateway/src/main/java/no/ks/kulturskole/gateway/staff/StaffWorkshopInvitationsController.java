package no.ks.kulturskole.gateway.staff;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.gateway.downstream.DownstreamClients;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workshop page's "who may register" form (issue 17: invite-only gatherings): passed
 * to workshop-service as it is; a refusal (an unknown number, an empty list) comes back
 * to the page with the service's message.
 */
@Controller
class StaffWorkshopInvitationsController {

	private final StaffApi api;

	StaffWorkshopInvitationsController(DownstreamClients clients) {
		this.api = new StaffApi(clients);
	}

	@PostMapping("/stab/verksted/{id}/inviterte")
	String invite(@PathVariable String id, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String organisationNumbers, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("scope", (scope != null && !scope.isBlank()) ? scope : null);
		body.put("organisationNumbers", numbers(organisationNumbers));
		StaffApi.Outcome outcome = this.api.put(this.api.workshopService(), "/api/workshops/{id}/invitations", body,
				id);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Lagret hvem som kan melde seg på.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id + "#inviterte";
	}

	/** "1804, 4601 46" → the numbers, in the order written. */
	private static List<String> numbers(String written) {
		if (written == null || written.isBlank()) {
			return List.of();
		}
		return Arrays.stream(written.split("[,;\\s]+")).filter((number) -> !number.isBlank()).toList();
	}

}
