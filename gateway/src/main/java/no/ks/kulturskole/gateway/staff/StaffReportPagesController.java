package no.ks.kulturskole.gateway.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.gateway.downstream.DownstreamClients;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff overviews across workshops: coverage by region with the municipalities not yet
 * registered, the pilot selection board, the e-mail log, and (for administrators) the
 * read-model rebuild.
 */
@Controller
class StaffReportPagesController {

	static final Map<String, String> DIMENSIONS;

	static {
		Map<String, String> dimensions = new LinkedHashMap<>();
		dimensions.put("county", "Fylke");
		dimensions.put("ks-region", "KS-region");
		dimensions.put("branch", "Kulturskolerådets fylkesavdeling");
		DIMENSIONS = dimensions;
	}

	private static final Map<String, String> MAIL_STATUS = Map.of("SENT", "Sendt", "PENDING", "Venter", "FAILED",
			"Feilet");

	private static final Map<String, String> PILOT_STATUS = Map.of("SUBMITTED", "Til vurdering", "SELECTED", "Valgt",
			"DECLINED", "Avslått");

	private final StaffApi api;

	StaffReportPagesController(DownstreamClients clients) {
		this.api = new StaffApi(clients);
	}

	@GetMapping("/stab/dekning")
	String coverage(@RequestParam(name = "inndeling", defaultValue = "county") String dimension,
			@RequestParam(name = "verksted", required = false) String workshopId, Model model) {
		String chosen = DIMENSIONS.containsKey(dimension) ? dimension : "county";
		String workshop = (workshopId != null && !workshopId.isBlank()) ? workshopId : null;
		model.addAttribute("coverage", this.api.coverage(chosen, workshop));
		model.addAttribute("dimension", chosen);
		model.addAttribute("dimensions", DIMENSIONS);
		model.addAttribute("workshops", this.api.workshops());
		model.addAttribute("workshopId", workshop);
		return "staff-coverage";
	}

	@GetMapping("/stab/dekning.csv")
	org.springframework.http.ResponseEntity<byte[]> coverageCsv(
			@RequestParam(name = "inndeling", defaultValue = "county") String dimension,
			@RequestParam(name = "verksted", required = false) String workshopId) {
		String chosen = DIMENSIONS.containsKey(dimension) ? dimension : "county";
		byte[] csv = (workshopId != null && !workshopId.isBlank())
				? this.api.export("/api/reports/coverage.csv?dimension={d}&workshopId={w}", chosen, workshopId)
				: this.api.export("/api/reports/coverage.csv?dimension={d}", chosen);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename("dekning-" + chosen + ".csv")
						.build()
						.toString())
			.body(csv);
	}

	@GetMapping("/stab/pilot")
	String pilot(Model model) {
		StaffApi.PilotOverview overview = this.api.pilotApplications();
		model.addAttribute("overview", overview);
		model.addAttribute("statusLabels", PILOT_STATUS);
		return "staff-pilot";
	}

	@PostMapping("/stab/pilot/{applicationId}/beslutning")
	String decide(@PathVariable String applicationId, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("decision", (decision != null && !decision.isBlank()) ? decision : null);
		body.put("reason", (reason != null && !reason.isBlank()) ? reason.strip() : null);
		StaffApi.Outcome outcome = this.api.post(this.api.registrationService(),
				"/api/pilot-applications/{id}/decision", body, applicationId);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved",
					"SELECTED".equals(decision) ? "Kommunen er valgt." : "Søknaden er avslått.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/pilot";
	}

	@GetMapping("/stab/e-post")
	String mails(@RequestParam(name = "verksted", required = false) String workshopId, Model model) {
		String workshop = (workshopId != null && !workshopId.isBlank()) ? workshopId : null;
		List<StaffApi.Mail> mails = this.api.mails(workshop);
		model.addAttribute("mails", mails);
		model.addAttribute("statusLabels", MAIL_STATUS);
		model.addAttribute("workshops", this.api.workshops());
		model.addAttribute("workshopId", workshop);
		return "staff-mails";
	}

	@GetMapping("/stab/admin")
	String admin() {
		return "staff-admin";
	}

	@PostMapping("/stab/admin/gjenoppbygg")
	String rebuild(RedirectAttributes redirect) {
		StaffApi.Outcome outcome = this.api.post(this.api.reportingService(), "/api/reports/admin/rebuild", null);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Rapportene bygges opp på nytt fra hendelsene.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/admin";
	}

}
