package no.ks.kulturskole.gateway.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.web.deadletter.DeadLetter;
import no.ks.kulturskole.web.deadletter.DeadLetterList;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dead letters of every service on one page for administrators (under
 * {@code /stab/admin}, so only they get here), each with a button that re-drives it to
 * its original topic. Each service is asked with a token made for it, as every staff page
 * does; a service that does not answer is shown as such, not as having none.
 */
@Controller
class StaffDeadLetterPagesController {

	private final StaffApi api;

	private final Map<String, RestClient> services = new LinkedHashMap<>();

	StaffDeadLetterPagesController(DownstreamClients clients, StaffApi api) {
		this.api = api;
		this.services.put("workshop-service", clients.workshop());
		this.services.put("registration-service", clients.registration());
		this.services.put("notification-service", clients.notification());
		this.services.put("reporting-service", clients.reporting());
	}

	@GetMapping("/stab/admin/doede-meldinger")
	String deadLetters(Model model) {
		List<ServiceDeadLetters> all = this.services.entrySet()
			.stream()
			.map((service) -> new ServiceDeadLetters(service.getKey(), this.api.deadLetters(service.getValue())))
			.toList();
		model.addAttribute("services", all);
		return "staff-dead-letters";
	}

	@PostMapping("/stab/admin/doede-meldinger/send-pa-nytt")
	String redrive(@RequestParam(name = "tjeneste", required = false) String service,
			@RequestParam(name = "topic", required = false) String topic,
			@RequestParam(name = "partisjon", required = false) Integer partition,
			@RequestParam(name = "offset", required = false) Long offset, RedirectAttributes redirect) {
		RestClient client = (service != null) ? this.services.get(service) : null;
		if (client == null || topic == null || partition == null || offset == null) {
			redirect.addFlashAttribute("refused", List.of("Velg en melding fra listen for å sende den på nytt."));
			return "redirect:/stab/admin/doede-meldinger";
		}
		Outcome outcome = this.api.post(client, "/api/platform/admin/dead-letters/{topic}/{partition}/{offset}/redrive",
				null, topic, partition, offset);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Meldingen er sendt på nytt til " + service + ".");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/admin/doede-meldinger";
	}

	/**
	 * @param letters {@code null} while the service does not answer
	 */
	record ServiceDeadLetters(String service, DeadLetterList letters) {

		/** The exception's simple name: the package says nothing to a reader. */
		public String failure(DeadLetter letter) {
			String exceptionClass = letter.exceptionClass();
			return (exceptionClass != null) ? exceptionClass.substring(exceptionClass.lastIndexOf('.') + 1) : "";
		}

	}

}
