package no.ks.kulturskole.gateway.staff;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.api.registration.ErasureRequest;
import no.ks.kulturskole.api.registration.StaffErasureApi;

import org.springframework.http.MediaType;
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
 * {@code /api/privacy/erasures} (registration-api's {@link ErasureRequest}); it shows the
 * address typed, never one it looked up.
 */
@Controller
class StaffErasurePagesController {

	private static final String PAGE = "/stab/admin/personvern";

	private static final DateTimeFormatter OSLO_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
		.withZone(ZoneId.of("Europe/Oslo"));

	private final StaffApi api;

	private final StaffErasureApi erasures;

	StaffErasurePagesController(StaffApi api, StaffErasureApi erasures) {
		this.api = api;
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
			model.addAttribute("erasure",
					this.api.registrationService()
						.get()
						.uri("/api/privacy/erasures/{erasureId}", erasureId)
						.accept(MediaType.APPLICATION_JSON)
						.retrieve()
						.body(Erasure.class));
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

	/** An erasure as registration-service reports it: per service PENDING or DONE. */
	record Erasure(String erasureId, Instant requestedAt, List<String> owners, Map<String, ServiceStatus> services) {

		Erasure {
			owners = (owners != null) ? owners : List.of();
			services = (services != null) ? services : Map.of();
		}

		public boolean done() {
			return this.services.values().stream().allMatch((service) -> "DONE".equals(service.status()));
		}

		public String requested() {
			return inOslo(this.requestedAt);
		}

	}

	record ServiceStatus(String status, Instant at) {

		public String finished() {
			return (this.at != null) ? inOslo(this.at) : "–";
		}

	}

	private static String inOslo(Instant instant) {
		return (instant != null) ? OSLO_TIME.format(instant) : "–";
	}

}
