package no.ks.kulturskole.gateway.staff;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.registration.StaffRegistrationQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Staff check a participation confirmation (issue 16): an employer who doubts one gives
 * its verification code, the page asks registration-service's
 * {@code /api/certificates/{code}} (registration-api's {@code CertificateLookup}) and
 * shows whose it is, or that its holder's data was erased. A GET form, so it works
 * without JavaScript and the result can be bookmarked.
 */
@Controller
class StaffCertificatePagesController {

	private final StaffRegistrationQueries registrations;

	StaffCertificatePagesController(StaffRegistrationQueries registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/stab/deltakerbevis")
	String page(@RequestParam(name = "kode", required = false) String code, Model model, HttpServletResponse response) {
		model.addAttribute("code", (code != null) ? code.strip() : "");
		if (code == null || code.isBlank()) {
			return "staff-certificate";
		}
		try {
			model.addAttribute("certificate", CertificateView.of(this.registrations.certificate(code.strip())));
		}
		catch (HttpClientErrorException ex) {
			response.setStatus(ex.getStatusCode().value());
			model.addAttribute("refused",
					List.of((ex.getStatusCode().value() == 404) ? "Ingen deltakerbevis har koden " + code.strip() + "."
							: "Det er ikke en verifiseringskode. Den har formen KS-XXXXX-XXXXX."));
		}
		return "staff-certificate";
	}

}
