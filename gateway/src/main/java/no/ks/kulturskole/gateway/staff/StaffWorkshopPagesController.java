package no.ks.kulturskole.gateway.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse;
import no.ks.kulturskole.api.reporting.WorkshopReportResponse.DelegationStatus;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.gateway.downstream.ConcurrentCalls;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One workshop for staff: its sessions and the live registration view (confirmed and
 * waitlisted delegations, from reporting; the page reloads its numbers when reporting's
 * stream says they changed), and its exports. The forms on the page post to controllers
 * of their own: {@link StaffWorkshopFormController},
 * {@link StaffWorkshopChangesController}, {@link StaffDelegationMovesController}.
 */
@Controller
class StaffWorkshopPagesController {

	static final Map<String, String> STATUS_LABELS = Map.of("DRAFT", "Utkast", "SCHEDULED", "Planlagt",
			"REGISTRATION_CLOSED", "Påmelding stengt", "CANCELLED", "Avlyst", "COMPLETED", "Gjennomført");

	/** The day retention erases a workshop's personal data, in Norwegian time. */
	private static final java.time.format.DateTimeFormatter ERASURE_DATE = java.time.format.DateTimeFormatter
		.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("nb"))
		.withZone(java.time.ZoneId.of("Europe/Oslo"));

	private final StaffApi api;

	private final ConcurrentCalls calls;

	StaffWorkshopPagesController(StaffApi api, ConcurrentCalls calls) {
		this.api = api;
		this.calls = calls;
	}

	/** The workshop's status in bokmål, for the staff pages. */
	static String statusLabel(StaffWorkshopResponse workshop) {
		String status = (workshop.status() != null) ? workshop.status().name() : "";
		return STATUS_LABELS.getOrDefault(status, status);
	}

	/**
	 * Its four calls to three services go out at once ({@link ConcurrentCalls}): the live
	 * dashboard fetches this page on every change it hears of.
	 */
	@GetMapping("/stab/verksted/{id}")
	String workshop(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffWorkshopResponse workshop;
		WorkshopReportResponse report;
		List<ConflictRow> conflicts;
		java.time.Instant erasedAt;
		try (ConcurrentCalls.Batch calls = this.calls.start()) {
			ConcurrentCalls.Call<StaffWorkshopResponse> asked = calls.submit(() -> this.api.workshop(id));
			ConcurrentCalls.Call<WorkshopReportResponse> reported = calls.submit(() -> this.api.report(id));
			ConcurrentCalls.Call<List<ConflictRow>> conflicting = calls.submit(() -> this.api.conflicts(id));
			ConcurrentCalls.Call<java.time.Instant> erasure = calls.submit(() -> this.api.personalDataErasedAt(id));
			workshop = asked.get();
			report = reported.get();
			conflicts = conflicting.get();
			erasedAt = erasure.get();
		}
		if (workshop == null) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		model.addAttribute("workshop", workshop);
		model.addAttribute("statusLabel", statusLabel(workshop));
		model.addAttribute("report", report);
		model.addAttribute("confirmed", withStatus(report, DelegationStatus.CONFIRMED));
		model.addAttribute("waitlisted", withStatus(report, DelegationStatus.WAITLISTED));
		model.addAttribute("sessionNames", sessionNames(workshop));
		model.addAttribute("roleMix", roleMix(report));
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("personalDataErasedAt", (erasedAt != null) ? ERASURE_DATE.format(erasedAt) : null);
		return "staff-workshop";
	}

	@GetMapping("/stab/verksted/{id}/deltakere.csv")
	ResponseEntity<byte[]> participantsCsv(@PathVariable String id) {
		return file(this.api.export("/api/reports/workshops/{id}/participants.csv", id),
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "deltakere.csv");
	}

	@GetMapping("/stab/verksted/{id}/deltakere.xlsx")
	ResponseEntity<byte[]> participantsXlsx(@PathVariable String id) {
		return file(this.api.export("/api/reports/workshops/{id}/participants.xlsx", id),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"deltakere.xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	/** "12. mars 10:00" per session id, for the tables and the move forms. */
	static Map<String, String> sessionNames(StaffWorkshopResponse workshop) {
		Map<String, String> names = new LinkedHashMap<>();
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("d. MMMM HH:mm",
				java.util.Locale.forLanguageTag("nb"));
		int number = 1;
		for (StaffWorkshopResponse.StaffSession session : workshop.sessions()) {
			String when = (session.startsAtLocal() != null) ? session.startsAtLocal().format(format) : "";
			names.put(session.sessionId(), "Økt " + number++ + " (" + when + ")");
		}
		return names;
	}

	private static List<WorkshopReportResponse.DelegationReport> withStatus(WorkshopReportResponse report,
			DelegationStatus status) {
		return (report != null)
				? report.delegations().stream().filter((delegation) -> delegation.status() == status).toList()
				: List.of();
	}

	/** Role categories with their count and share of all delegates, largest first. */
	private static List<Share> roleMix(WorkshopReportResponse report) {
		if (report == null || report.roleCategoryMix().isEmpty()) {
			return List.of();
		}
		int total = report.roleCategoryMix().values().stream().mapToInt(Integer::intValue).sum();
		return report.roleCategoryMix()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map((entry) -> new Share(no.ks.kulturskole.gateway.pages.RoleCategoryNames.label(entry.getKey()),
					entry.getValue(), total))
			.toList();
	}

	public record Share(String label, int count, int total) {
	}

}
