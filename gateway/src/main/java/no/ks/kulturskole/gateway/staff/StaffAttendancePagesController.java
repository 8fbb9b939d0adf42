package no.ks.kulturskole.gateway.staff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.contracts.registration.SeatStatus;
import no.ks.kulturskole.api.registration.MeetingReportMatching;
import no.ks.kulturskole.api.registration.Present;
import no.ks.kulturskole.api.registration.StaffRegistrationQueries;
import no.ks.kulturskole.api.registration.StaffDelegationView;
import no.ks.kulturskole.web.Problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff take attendance during a session (issue 16), on a tablet as well as a laptop: one
 * large checkbox per participant, grouped by delegation, a button that marks a whole
 * delegation present, and the video meeting's participant report (Zoom or Teams CSV)
 * matched by e-mail, whose unmatched rows staff match by hand before saving. Nothing is
 * stored until staff save; works without JavaScript.
 */
@Controller
class StaffAttendancePagesController {

	private final StaffApi api;

	private final StaffRegistrationQueries registrations;

	StaffAttendancePagesController(StaffApi api, StaffRegistrationQueries registrations) {
		this.api = api;
		this.registrations = registrations;
	}

	@GetMapping("/stab/verksted/{id}/oppmote")
	String page(@PathVariable String id, @RequestParam(name = "okt", required = false) String sessionId, Model model,
			HttpServletResponse response) {
		return render(id, sessionId, null, null, model, response);
	}

	@PostMapping("/stab/verksted/{id}/oppmote")
	String save(@PathVariable String id, @RequestParam(name = "okt") String sessionId,
			@RequestParam(name = "present", required = false) List<String> present,
			@RequestParam(name = "hele", required = false) String wholeDelegation, RedirectAttributes redirect) {
		Set<String> ids = new LinkedHashSet<>();
		if (present != null) {
			present.stream().filter(value -> !value.isBlank()).forEach(ids::add);
		}
		if (wholeDelegation != null) {
			this.api.registrations(id)
				.stream()
				.filter(delegation -> delegation.delegationId().equals(wholeDelegation))
				.flatMap(delegation -> delegation.participants().stream())
				.forEach(participant -> ids.add(participant.participantId()));
		}
		Outcome outcome = Outcome
			.of(() -> this.registrations.recordPresent(id, sessionId, new Present(List.copyOf(ids))));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Oppmøtet er lagret: " + ids.size()
					+ ((ids.size() == 1) ? " person" : " personer") + " til stede.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id + "/oppmote?okt=" + sessionId;
	}

	/** Reads the meeting's report and shows the result; stores nothing. */
	@PostMapping("/stab/verksted/{id}/oppmote/rapport")
	String meetingReport(@PathVariable String id, @RequestParam(name = "okt") String sessionId,
			@RequestParam(name = "fil", required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(400);
			return render(id, sessionId, null, List.of("Velg deltakerrapporten (CSV) fra videomøtet."), model,
					response);
		}
		Answer answer = match(id, sessionId, file.getBytes());
		if (answer.matching() == null) {
			response.setStatus(answer.status());
			return render(id, sessionId, null, answer.messages(), model, response);
		}
		return render(id, sessionId, answer.matching(), null, model, response);
	}

	private String render(String id, String requestedSession, MeetingReportMatching matching, List<String> refused,
			Model model, HttpServletResponse response) {
		StaffWorkshopResponse workshop = this.api.workshop(id);
		if (workshop == null || workshop.sessions().isEmpty()) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		String sessionId = workshop.sessions()
			.stream()
			.map(StaffWorkshopResponse.StaffSession::sessionId)
			.filter(candidate -> candidate.equals(requestedSession))
			.findFirst()
			.orElse(workshop.sessions().getFirst().sessionId());
		// a cancelled delegation keeps its seat status in the list, with cancelledAt set:
		// it has no place here, unless someone of it was marked present before
		List<StaffDelegationView> active = this.api.registrations(id);
		Set<String> checked = new LinkedHashSet<>(this.api.attendance(id, sessionId));
		if (matching != null) {
			matching.matched().forEach(matched -> checked.add(matched.participantId()));
		}
		List<StaffDelegationView> here = new ArrayList<>();
		for (StaffDelegationView delegation : active) {
			boolean seatedHere = delegation.cancelledAt() == null && delegation.status() == SeatStatus.CONFIRMED
					&& sessionId.equals(delegation.sessionId());
			boolean someoneHere = delegation.participants()
				.stream()
				.anyMatch(participant -> checked.contains(participant.participantId()));
			if (seatedHere || someoneHere) {
				here.add(delegation);
			}
		}
		model.addAttribute("workshop", workshop);
		model.addAttribute("sessionNames", StaffWorkshopPagesController.sessionNames(workshop));
		model.addAttribute("sessionId", sessionId);
		model.addAttribute("delegations", here);
		model.addAttribute("everyone", active);
		model.addAttribute("checked", checked);
		model.addAttribute("matching", matching);
		if (refused != null) {
			model.addAttribute("refused", refused);
		}
		return "staff-attendance";
	}

	/** The answer's body is wanted (the matching), so not {@link StaffApi#post}. */
	private Answer match(String workshopId, String sessionId, byte[] csv) {
		return this.api.registrationService()
			.post()
			.uri("/api/workshops/{id}/sessions/{sessionId}/attendance/meeting-report", workshopId, sessionId)
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			// as it came: the clients' converters are for JSON
			.body((StreamingHttpOutputMessage.Body) (out) -> out.write(csv))
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange((req, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (status.is2xxSuccessful()) {
					return new Answer(status.value(), response.bodyTo(MeetingReportMatching.class), List.of());
				}
				if (status.is4xxClientError()) {
					Problem problem = null;
					try {
						problem = response.bodyTo(Problem.class);
					}
					catch (RestClientException ex) {
						// no problem document: the status says enough
					}
					return new Answer(status.value(), null,
							new Outcome(status.value(), (problem != null) ? problem : Problem.none()).messages());
				}
				throw new RestClientException("registration-service answered " + status.value());
			});
	}

	private record Answer(int status, MeetingReportMatching matching, List<String> messages) {
	}

}
