package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.web.Problem;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff check a participation confirmation (issue 16): an employer who doubts one gives
 * its verification code, the page asks registration-service's
 * {@code /api/certificates/{code}} and shows whose it is, or that its holder's data was
 * erased. A GET form, so it works without JavaScript and the result can be bookmarked.
 */
@Controller
class StaffCertificatePagesController {

	private static final DateTimeFormatter OSLO_DAY = DateTimeFormatter
		.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nb-NO"))
		.withZone(ZoneId.of("Europe/Oslo"));

	private static final DateTimeFormatter OSLO_TIME = DateTimeFormatter.ofPattern("HH.mm")
		.withZone(ZoneId.of("Europe/Oslo"));

	private final StaffApi api;

	StaffCertificatePagesController(DownstreamClients clients) {
		this.api = new StaffApi(clients);
	}

	@GetMapping("/stab/deltakerbevis")
	String page(@RequestParam(name = "kode", required = false) String code, Model model, HttpServletResponse response) {
		model.addAttribute("code", (code != null) ? code.strip() : "");
		if (code == null || code.isBlank()) {
			return "staff-certificate";
		}
		Answer answer = this.api.registrationService()
			.get()
			.uri("/api/certificates/{code}", code.strip())
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((request, reply) -> {
				if (reply.getStatusCode().is2xxSuccessful()) {
					return new Answer(reply.getStatusCode().value(), reply.bodyTo(Lookup.class), null);
				}
				if (reply.getStatusCode().is4xxClientError()) {
					Problem problem = reply.bodyTo(Problem.class);
					return new Answer(reply.getStatusCode().value(), null, problem);
				}
				throw new org.springframework.web.client.RestClientException(
						"Registration answered " + reply.getStatusCode().value());
			});
		if (answer.lookup() != null) {
			model.addAttribute("certificate", answer.lookup());
		}
		else {
			response.setStatus(answer.status());
			model.addAttribute("refused",
					List.of((answer.status() == 404) ? "Ingen deltakerbevis har koden " + code.strip() + "."
							: "Det er ikke en verifiseringskode. Den har formen KS-XXXXX-XXXXX."));
		}
		return "staff-certificate";
	}

	private record Answer(int status, Lookup lookup, Problem problem) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Lookup(String code, String state, String workshopId, String workshopTitle, String delegationId,
			String participantId, String holderName, String municipality, List<Session> sessions, String duration,
			Instant issuedAt, Instant erasedAt) {

		Lookup {
			sessions = (sessions != null) ? sessions : List.of();
		}

		public boolean erased() {
			return "ERASED".equals(this.state);
		}

		public String issued() {
			return (this.issuedAt != null) ? OSLO_DAY.format(this.issuedAt) : "";
		}

		public String erasedOn() {
			return (this.erasedAt != null) ? OSLO_DAY.format(this.erasedAt) : "";
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Session(String sessionId, Instant startsAt, Instant endsAt) {

		public String when() {
			return OSLO_DAY.format(this.startsAt) + "–" + OSLO_TIME.format(this.endsAt);
		}

	}

}
