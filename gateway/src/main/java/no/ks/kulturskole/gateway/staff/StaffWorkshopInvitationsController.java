package no.ks.kulturskole.gateway.staff;

import java.util.Arrays;
import java.util.List;

import no.ks.kulturskole.api.workshop.InvitationScope;
import no.ks.kulturskole.api.workshop.InvitationsRequest;
import no.ks.kulturskole.api.workshop.StaffWorkshopApi;

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

	private final StaffWorkshopApi workshops;

	StaffWorkshopInvitationsController(StaffWorkshopApi workshops) {
		this.workshops = workshops;
	}

	@PostMapping("/stab/verksted/{id}/inviterte")
	String invite(@PathVariable String id, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String organisationNumbers, RedirectAttributes redirect) {
		Outcome outcome = Outcome
			.of(() -> this.workshops.invite(id, new InvitationsRequest(scope(scope), numbers(organisationNumbers))));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Lagret hvem som kan melde seg på.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id + "#inviterte";
	}

	/**
	 * The form's choice; anything else is no scope, which the service refuses by name.
	 */
	private static InvitationScope scope(String value) {
		for (InvitationScope scope : InvitationScope.values()) {
			if (scope.name().equals(value)) {
				return scope;
			}
		}
		return null;
	}

	/** "1804, 4601 46" → the numbers, in the order written. */
	private static List<String> numbers(String written) {
		if (written == null || written.isBlank()) {
			return List.of();
		}
		return Arrays.stream(written.split("[,;\\s]+")).filter((number) -> !number.isBlank()).toList();
	}

}
