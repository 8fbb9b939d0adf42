package no.ks.kulturskole.gateway.staff;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.api.notification.MailLogEntryResponse;
import no.ks.kulturskole.api.notification.ResendRequest;
import no.ks.kulturskole.api.notification.StaffNotificationApi;
import no.ks.kulturskole.gateway.map.MunicipalityOnMap;
import no.ks.kulturskole.api.reporting.CoverageResponse;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse;
import no.ks.kulturskole.api.registration.DecisionRequest;
import no.ks.kulturskole.api.registration.PilotOverviewResponse;
import no.ks.kulturskole.api.registration.PilotStatus;
import no.ks.kulturskole.api.registration.StaffPilotApi;
import no.ks.kulturskole.gateway.map.CoverageMap;

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
			"Feilet", "SKIPPED", "Ikke sendt: for sent");

	private static final Map<PilotStatus, String> PILOT_STATUS = Map.of(PilotStatus.SUBMITTED, "Til vurdering",
			PilotStatus.SELECTED, "Valgt", PilotStatus.DECLINED, "Avslått");

	private final StaffApi api;

	private final CoverageMap map;

	private final PilotSelectionClosurePages closure;

	private final StaffPilotApi pilot;

	private final StaffNotificationApi notifications;

	StaffReportPagesController(StaffApi api, CoverageMap map, PilotSelectionClosurePages closure, StaffPilotApi pilot,
			StaffNotificationApi notifications) {
		this.api = api;
		this.map = map;
		this.closure = closure;
		this.pilot = pilot;
		this.notifications = notifications;
	}

	@GetMapping("/stab/dekning")
	String coverage(@RequestParam(name = "inndeling", defaultValue = "county") String dimension,
			@RequestParam(name = "verksted", required = false) String workshopId, Model model) {
		String chosen = DIMENSIONS.containsKey(dimension) ? dimension : "county";
		String workshop = (workshopId != null && !workshopId.isBlank()) ? workshopId : null;
		CoverageResponse coverage = this.api.coverage(chosen, workshop);
		model.addAttribute("coverage", coverage);
		// the map needs reporting's statuses per municipality; without them, the table
		// alone
		List<MunicipalityOnMap> onMap = MunicipalityOnMap.of(coverage);
		model.addAttribute("map", onMap.isEmpty() ? null : this.map.draw(onMap));
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
		PilotOverviewResponse overview = this.api.pilotApplications();
		model.addAttribute("overview", overview);
		model.addAttribute("statusLabels", PILOT_STATUS);
		this.closure.addTo(model);
		return "staff-pilot";
	}

	@PostMapping("/stab/pilot/{applicationId}/beslutning")
	String decide(@PathVariable String applicationId, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Outcome outcome = Outcome.of(() -> this.pilot.decide(applicationId,
				new DecisionRequest(pilotStatus(decision), FormValues.blankToNull(reason))));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved",
					"SELECTED".equals(decision) ? "Kommunen er valgt." : "Søknaden er avslått.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/pilot";
	}

	/**
	 * The e-mail log by workshop and delegation. The delegations to choose from are the
	 * workshop's, from its report, so the filter is offered once a workshop is chosen; a
	 * delegation that does not belong to the chosen workshop is dropped rather than
	 * giving an empty list.
	 */
	@GetMapping("/stab/e-post")
	String mails(@RequestParam(name = "verksted", required = false) String workshopId,
			@RequestParam(name = "delegasjon", required = false) String delegationId, Model model) {
		String workshop = FormValues.blankToNull(workshopId);
		String delegation = FormValues.blankToNull(delegationId);
		List<WorkshopReportResponse.DelegationReport> delegations = List.of();
		if (workshop != null) {
			WorkshopReportResponse report = this.api.report(workshop);
			if (report != null) {
				delegations = report.delegations()
					.stream()
					.sorted(Comparator.comparing(WorkshopReportResponse.DelegationReport::municipalityName,
							Comparator.nullsLast(Comparator.naturalOrder())))
					.toList();
				String chosen = delegation;
				if (chosen != null && delegations.stream().noneMatch((d) -> chosen.equals(d.delegationId()))) {
					delegation = null;
				}
			}
		}
		else {
			delegation = null;
		}
		Map<String, String> names = new LinkedHashMap<>();
		delegations.forEach((d) -> names.put(d.delegationId(), d.municipalityName()));
		List<MailLogEntryResponse> mails = this.notifications.mails(workshop, delegation);
		model.addAttribute("mails", (mails != null) ? mails : List.of());
		model.addAttribute("statusLabels", MAIL_STATUS);
		model.addAttribute("workshops", this.api.workshops());
		model.addAttribute("workshopId", workshop);
		model.addAttribute("delegations", delegations);
		model.addAttribute("delegationNames", names);
		model.addAttribute("delegationId", delegation);
		return "staff-mails";
	}

	/**
	 * Sends one mail of the log again through notification-service, which makes it a new
	 * mail in the log; the page comes back with the same filter.
	 */
	@PostMapping("/stab/e-post/send-pa-nytt")
	String resend(@RequestParam(name = "id", required = false) String notificationId,
			@RequestParam(name = "verksted", required = false) String workshopId,
			@RequestParam(name = "delegasjon", required = false) String delegationId, RedirectAttributes redirect) {
		Outcome outcome = Outcome
			.of(() -> this.notifications.resend(new ResendRequest(FormValues.blankToNull(notificationId))));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "E-posten er sendt på nytt.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		String workshop = FormValues.blankToNull(workshopId);
		if (workshop != null) {
			redirect.addAttribute("verksted", workshop);
		}
		String delegation = FormValues.blankToNull(delegationId);
		if (delegation != null) {
			redirect.addAttribute("delegasjon", delegation);
		}
		return "redirect:/stab/e-post";
	}

	@GetMapping("/stab/admin")
	String admin() {
		return "staff-admin";
	}

	@PostMapping("/stab/admin/gjenoppbygg")
	String rebuild(RedirectAttributes redirect) {
		Outcome outcome = this.api.post(this.api.reportingService(), "/api/reports/admin/rebuild", null);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Rapportene bygges opp på nytt fra hendelsene.");
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/admin";
	}

	/**
	 * The form's choice; anything else is no decision, which the service refuses by name.
	 */
	private static PilotStatus pilotStatus(String value) {
		for (PilotStatus status : PilotStatus.values()) {
			if (status.name().equals(value)) {
				return status;
			}
		}
		return null;
	}

}
