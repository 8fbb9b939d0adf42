package no.ks.kulturskole.gateway.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice (issue 14, GDPR art. 13): what is stored, why, for how long, who is
 * responsible and how to ask for access or erasure. Public, linked from every page's
 * footer and from every e-mail. The retention times it states are the platform's own
 * (dead letters: {@code Topics.DEAD_LETTER_RETENTION}); the address people write to is
 * configuration, as it belongs to the organisations, not to the code.
 */
@Controller
class PrivacyPageController {

	private final String contactEmail;

	PrivacyPageController(@Value("${platform.privacy.contact-email}") String contactEmail) {
		this.contactEmail = contactEmail;
	}

	@GetMapping("/personvern")
	String privacy(Model model) {
		model.addAttribute("contactEmail", this.contactEmail);
		return "privacy";
	}

}
