package no.ks.kulturskole.gateway.staff;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back to the workshop's page after one of its forms, with the outcome: the success
 * message, or the service's reasons for refusing.
 */
final class StaffRedirects {

	private StaffRedirects() {
	}

	static String toWorkshop(String id, Outcome outcome, String success, RedirectAttributes redirect) {
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", success);
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id;
	}

}
