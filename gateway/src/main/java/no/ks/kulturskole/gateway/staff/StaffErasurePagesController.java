package no.ks.kulturskole.gateway.staff;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.ks.kulturskole.api.registration.ErasureRequest;
import no.ks.kulturskole.api.registration.ErasureStatusResponse;
import no.ks.kulturskole.api.registration.StaffErasureApi;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasure of personal data on request (GDPR art. 17), for administrators (under
 * {@code /stab/admin}, so only they get here): by a person's e-mail address (every
 * delegation and pilot application it appears in) or by one delegation, then how far each
 * service has come. The page only asks registration-service's
 * {@code /api/privacy/erasures} (registration-api's {@link ErasureRequest} and
 * {@link ErasureStatusResponse}); it shows the address typed, never one it looked up.
 */
@Controller
class StaffErasurePagesController {

	private static final String PAGE = "/stab/admin/personvern";

	private static final DateTimeFormatter OSLO_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
		.withZone(ZoneId.of("Europe/Oslo"));

	private final StaffErasureApi erasures;

	StaffErasurePagesController(StaffErasureApi erasures) {
		this.erasures = erasures;
	}

	@GetMapping(PAGE)
	String form() {
		return "staff-privacy";
	}

	@PostMapping(PAGE + "/sletting")
	String erase(@RequestParam(name = "epost", required = false) String email,
			@RequestParam(name = "delegasjon", required = false) String delegationId, RedirectAttributes redirect) {
		boolean byEmail = email != null && !email.isBlank();
		boolean byDelegation = delegationId != null && !delegationId.isBlank();
		if (byEmail == byDelegation) {
			redirect.addFlashAttribute("refused",
					List.of("Skriv enten en e-postadresse eller en delegasjons-id, ikke begge."));
			return "redirect:" + PAGE;
		}
		ErasureRequest request = byEmail ? ErasureRequest.byEmail(email.strip())
				: ErasureRequest.byDelegation(delegationId.strip());
		Outcome outcome = Outcome.of(() -> this.erasures.erase(request));
		if (!outcome.ok() || outcome.location() == null) {
			redirect.addFlashAttribute("refused", outcome.messages());
			return "redirect:" + PAGE;
		}
		redirect.addFlashAttribute("saved", "Slettingen er i gang.");
		return "redirect:" + PAGE + "/sletting/" + lastSegment(outcome.location());
	}

	@GetMapping(PAGE + "/sletting/{erasureId}")
	String status(@PathVariable String erasureId, Model model) {
		try {
			ErasureStatusResponse erasure = this.erasures.status(erasureId);
			Map<String, String> finished = new TreeMap<>();
			erasure.services().forEach((service, progress) -> finished.put(service, inOslo(progress.at())));
			model.addAttribute("erasure", erasure);
			model.addAttribute("requested", inOslo(erasure.requestedAt()));
			model.addAttribute("finished", finished);
		}
		catch (HttpClientErrorException.NotFound ex) {
			model.addAttribute("unknown", true);
		}
		return "staff-privacy";
	}

	private static String lastSegment(URI location) {
		String path = location.getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static String inOslo(Instant instant) {
		return (instant != null) ? OSLO_TIME.format(instant) : "–";
	}

}
