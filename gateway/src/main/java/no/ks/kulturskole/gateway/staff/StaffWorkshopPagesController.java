package no.ks.kulturskole.gateway.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.gateway.downstream.DownstreamClients;
import no.ks.kulturskole.gateway.pages.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One workshop for staff: its sessions and the live registration view (confirmed and
 * waitlisted delegations, from reporting; the page reloads its numbers when reporting's
 * stream says they changed), and the forms that change it. Each form posts to the
 * gateway, which calls the service's staff API and comes back here with the outcome.
 */
@Controller
class StaffWorkshopPagesController {

	private static final java.util.Set<String> DETAILS_EDITABLE = java.util.Set.of("SCHEDULED", "REGISTRATION_CLOSED");

	private static final List<String> DETAIL_FIELDS = List.of("title", "description", "format", "venue", "meetingUrl");

	static final Map<String, String> STATUS_LABELS = Map.of("DRAFT", "Utkast", "SCHEDULED", "Planlagt",
			"REGISTRATION_CLOSED", "Påmelding stengt", "CANCELLED", "Avlyst", "COMPLETED", "Gjennomført");

	/** The day retention erases a workshop's personal data, in Norwegian time. */
	private static final java.time.format.DateTimeFormatter ERASURE_DATE = java.time.format.DateTimeFormatter
		.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("nb"))
		.withZone(java.time.ZoneId.of("Europe/Oslo"));

	private final StaffApi api;

	StaffWorkshopPagesController(DownstreamClients clients) {
		this.api = new StaffApi(clients);
	}

	@GetMapping("/stab/verksted/{id}")
	String workshop(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffApi.Workshop workshop = this.api.workshop(id);
		if (workshop == null) {
			response.setStatus(404);
			model.addAttribute("message", "Fant ikke verkstedet.");
			return "not-found";
		}
		StaffApi.Report report = this.api.report(id);
		model.addAttribute("workshop", workshop);
		model.addAttribute("statusLabel", STATUS_LABELS.getOrDefault(workshop.status(), workshop.status()));
		model.addAttribute("report", report);
		model.addAttribute("confirmed", (report != null) ? report.withStatus("CONFIRMED") : List.of());
		model.addAttribute("waitlisted", (report != null) ? report.withStatus("WAITLISTED") : List.of());
		model.addAttribute("sessionNames", sessionNames(workshop));
		model.addAttribute("roleMix", roleMix(report));
		model.addAttribute("conflicts", this.api.conflicts(id));
		java.time.Instant erasedAt = this.api.personalDataErasedAt(id);
		model.addAttribute("personalDataErasedAt", (erasedAt != null) ? ERASURE_DATE.format(erasedAt) : null);
		return "staff-workshop";
	}

	@GetMapping("/stab/verksted/ny")
	String newWorkshop(Model model) {
		model.addAttribute("values", Map.of("format", "VENUE", "minDelegationSize", "2", "capacity", "60"));
		model.addAttribute("errors", new FormErrors());
		return workshopForm(null, model);
	}

	/**
	 * Drafts are edited in full. A published workshop keeps its deadline, delegation
	 * rules and sessions (those change through their own forms, with their own events);
	 * its descriptive details may still be corrected.
	 */
	@GetMapping("/stab/verksted/{id}/endre")
	String editWorkshop(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffApi.Workshop workshop = this.api.workshop(id);
		if (workshop != null && DETAILS_EDITABLE.contains(workshop.status())) {
			model.addAttribute("values", detailValues(workshop));
			model.addAttribute("errors", new FormErrors());
			return detailsForm(id, model);
		}
		if (workshop == null || !"DRAFT".equals(workshop.status())) {
			response.setStatus(404);
			model.addAttribute("message", "Avlyste og gjennomførte verksted kan ikke endres.");
			return "not-found";
		}
		Map<String, String> values = detailValues(workshop);
		values.put("registrationDeadline", local(workshop.registrationDeadlineLocal()));
		values.put("minDelegationSize", String.valueOf(workshop.minDelegationSize()));
		values.put("maxDelegationSize",
				(workshop.maxDelegationSize() != null) ? String.valueOf(workshop.maxDelegationSize()) : null);
		if (workshop.outsideRoleRequired()) {
			values.put("outsideRoleRequired", "true");
		}
		values.put("draft", "true");
		if (!workshop.sessions().isEmpty()) {
			StaffApi.Session first = workshop.sessions().get(0);
			values.put("startsAt", local(first.startsAtLocal()));
			values.put("endsAt", local(first.endsAtLocal()));
			values.put("capacity", String.valueOf(first.capacity()));
		}
		model.addAttribute("values", values);
		model.addAttribute("errors", new FormErrors());
		return workshopForm(id, model);
	}

	@PostMapping("/stab/verksted/{id}/endre")
	String reviseWorkshop(@PathVariable String id, @RequestParam Map<String, String> values, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		StaffApi.Outcome outcome = this.api.put(this.api.workshopService(), "/api/workshops/{id}", workshopBody(values),
				id);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Utkastet er lagret.");
			return "redirect:/stab/verksted/" + id;
		}
		return refusedForm(id, outcome, values, model, response);
	}

	/** Title, description, format, venue and meeting link of a published workshop. */
	@PostMapping("/stab/verksted/{id}/detaljer")
	String changeDetails(@PathVariable String id, @RequestParam Map<String, String> values, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String field : DETAIL_FIELDS) {
			// a field left empty removes an optional detail; the service checks the rest
			body.put(field, values.getOrDefault(field, ""));
		}
		StaffApi.Outcome outcome = this.api.patch(this.api.workshopService(), "/api/workshops/{id}/details", body, id);
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Endringene er lagret.");
			return "redirect:/stab/verksted/" + id;
		}
		model.addAttribute("detailsOnly", true);
		return refusedForm(id, outcome, values, model, response);
	}

	/** A session's capacity, for a published workshop; never below the seats taken. */
	@PostMapping("/stab/verksted/{id}/okter/{sessionId}/kapasitet")
	String changeCapacity(@PathVariable String id, @PathVariable String sessionId,
			@RequestParam(required = false) String capacity, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("capacity", number(capacity));
		StaffApi.Outcome outcome = this.api.patch(this.api.workshopService(), "/api/workshops/{id}/sessions/{s}", body,
				id, sessionId);
		return outcome(id, outcome, "Kapasiteten er endret.", redirect);
	}

	private static Map<String, String> detailValues(StaffApi.Workshop workshop) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", workshop.title());
		values.put("description", workshop.description());
		values.put("format", workshop.format());
		values.put("venue", workshop.venue());
		values.put("meetingUrl", workshop.meetingUrl());
		return values;
	}

	private static String detailsForm(String id, Model model) {
		model.addAttribute("detailsOnly", true);
		return workshopForm(id, model);
	}

	private static String workshopForm(String id, Model model) {
		model.addAttribute("detailFields", DETAIL_FIELDS);
		model.addAttribute("workshopId", id);
		return "staff-workshop-new";
	}

	private static String local(java.time.LocalDateTime time) {
		return (time != null) ? time.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString() : null;
	}

	@PostMapping("/stab/verksted/ny")
	String createWorkshop(@RequestParam Map<String, String> values, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		StaffApi.Outcome outcome = this.api.post(this.api.workshopService(), "/api/workshops", workshopBody(values));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Verkstedet er opprettet.");
			return "redirect:/stab";
		}
		return refusedForm(null, outcome, values, model, response);
	}

	private static Map<String, Object> workshopBody(Map<String, String> values) {
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("startsAt", FormValues.blankToNull(values.get("startsAt")));
		session.put("endsAt", FormValues.blankToNull(values.get("endsAt")));
		session.put("capacity", number(values.get("capacity")));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", FormValues.blankToNull(values.get("title")));
		body.put("description", FormValues.blankToNull(values.get("description")));
		body.put("programme", "Fremtidens kulturskole");
		body.put("organisers", List.of("KS", "Norsk kulturskoleråd"));
		body.put("format", FormValues.blankToNull(values.get("format")));
		body.put("venue", FormValues.blankToNull(values.get("venue")));
		body.put("meetingUrl", FormValues.blankToNull(values.get("meetingUrl")));
		body.put("language", "nb");
		body.put("registrationDeadline", FormValues.blankToNull(values.get("registrationDeadline")));
		body.put("minDelegationSize", number(values.get("minDelegationSize")));
		body.put("maxDelegationSize", number(values.get("maxDelegationSize")));
		body.put("outsideRoleRequired", values.containsKey("outsideRoleRequired"));
		body.put("sessions", List.of(session));
		body.put("draft", values.containsKey("draft"));
		return body;
	}

	private static String refusedForm(String id, StaffApi.Outcome outcome, Map<String, String> values, Model model,
			HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		for (StaffApi.FieldProblem problem : outcome.problem().errors()) {
			String field = (problem.field() != null) ? problem.field().replaceAll("^sessions\\[0]\\.", "") : "";
			if (List
				.of("title", "description", "format", "venue", "meetingUrl", "registrationDeadline",
						"minDelegationSize", "maxDelegationSize", "startsAt", "endsAt", "capacity")
				.contains(field)) {
				errors.field(field, problem.message());
			}
			else {
				errors.general(problem.message());
			}
		}
		if (!errors.any()) {
			outcome.messages().forEach(errors::general);
		}
		response.setStatus(outcome.status());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return workshopForm(id, model);
	}

	/** An overflow session: the same day or another, for the municipalities waiting. */
	@PostMapping("/stab/verksted/{id}/okter")
	String addSession(@PathVariable String id, @RequestParam(required = false) String startsAt,
			@RequestParam(required = false) String endsAt, @RequestParam(required = false) String capacity,
			RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("startsAt", FormValues.blankToNull(startsAt));
		body.put("endsAt", FormValues.blankToNull(endsAt));
		body.put("capacity", number(capacity));
		return outcome(id, this.api.post(this.api.workshopService(), "/api/workshops/{id}/sessions", body, id),
				"Økten er lagt til.", redirect);
	}

	@PostMapping("/stab/verksted/{id}/venteliste")
	String moveWaitingList(@PathVariable String id, @RequestParam(required = false) String sessionId,
			RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("workshopId", id);
		body.put("sessionId", FormValues.blankToNull(sessionId));
		return outcome(id, this.api.post(this.api.registrationService(), "/api/registrations/waiting-list/moves", body),
				"Ventelisten er flyttet til økten, så langt det var plass.", redirect);
	}

	@PostMapping("/stab/verksted/{id}/delegasjoner/{delegationId}/flytt")
	String moveDelegation(@PathVariable String id, @PathVariable String delegationId,
			@RequestParam(required = false) String sessionId, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("sessionId", FormValues.blankToNull(sessionId));
		return outcome(id, this.api.post(this.api.registrationService(), "/api/registrations/{delegationId}/move", body,
				delegationId), "Delegasjonen er flyttet.", redirect);
	}

	/**
	 * Staff resolve a registration conflict: keep the coordinator, or hand the delegation
	 * over to the person who tried (who then gets a new manage link by mail).
	 */
	@PostMapping("/stab/verksted/{id}/konflikter/{conflictId}")
	String resolveConflict(@PathVariable String id, @PathVariable String conflictId,
			@RequestParam(required = false) String resolution, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("resolution", FormValues.blankToNull(resolution));
		return outcome(id,
				this.api.post(this.api.registrationService(), "/api/registrations/conflicts/{conflictId}/resolution",
						body, conflictId),
				"HAND_OVER".equals(resolution)
						? "Påmeldingen er overført. Den nye kontaktpersonen får en ny lenke på e-post, og den gamle "
								+ "lenken virker ikke lenger."
						: "Konflikten er løst. Kontaktpersonen er beholdt.",
				redirect);
	}

	@PostMapping("/stab/verksted/{id}/publiser")
	String publish(@PathVariable String id, RedirectAttributes redirect) {
		return outcome(id, this.api.post(this.api.workshopService(), "/api/workshops/{id}/schedule", null, id),
				"Verkstedet er publisert, og påmeldingen er åpen.", redirect);
	}

	@PostMapping("/stab/verksted/{id}/steng")
	String close(@PathVariable String id, RedirectAttributes redirect) {
		return outcome(id,
				this.api.post(this.api.workshopService(), "/api/workshops/{id}/close-registration", null, id),
				"Påmeldingen er stengt.", redirect);
	}

	@PostMapping("/stab/verksted/{id}/avlys")
	String cancel(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reason", FormValues.blankToNull(reason));
		return outcome(id, this.api.post(this.api.workshopService(), "/api/workshops/{id}/cancel", body, id),
				"Verkstedet er avlyst. Kommunene får beskjed på e-post.", redirect);
	}

	/** Reflection questions (one per line) and when the material goes out. */
	@PostMapping("/stab/verksted/{id}/materiell")
	String preparation(@PathVariable String id, @RequestParam(required = false) String releaseAt,
			@RequestParam(required = false) String questions, @RequestParam(required = false) String materialTitle,
			@RequestParam(required = false) String materialUrl, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		List<Map<String, Object>> materials = new ArrayList<>();
		if (materialTitle != null && !materialTitle.isBlank()) {
			Map<String, Object> material = new LinkedHashMap<>();
			material.put("title", materialTitle.strip());
			material.put("url", FormValues.blankToNull(materialUrl));
			materials.add(material);
		}
		body.put("materials", materials);
		body.put("reflectionQuestions",
				(questions != null) ? Arrays.stream(questions.split("\\R"))
					.map(String::strip)
					.filter((question) -> !question.isEmpty())
					.toList() : List.of());
		body.put("releaseAt", FormValues.blankToNull(releaseAt));
		return outcome(id, this.api.put(this.api.workshopService(), "/api/workshops/{id}/preparation", body, id),
				"Forberedelsesmateriellet er lagret.", redirect);
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

	private static String outcome(String id, StaffApi.Outcome outcome, String success, RedirectAttributes redirect) {
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", success);
		}
		else {
			redirect.addFlashAttribute("refused", outcome.messages());
		}
		return "redirect:/stab/verksted/" + id;
	}

	/** "12. mars 10:00" per session id, for the tables and the move forms. */
	static Map<String, String> sessionNames(StaffApi.Workshop workshop) {
		Map<String, String> names = new LinkedHashMap<>();
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("d. MMMM HH:mm",
				java.util.Locale.forLanguageTag("nb"));
		int number = 1;
		for (StaffApi.Session session : workshop.sessions()) {
			String when = (session.startsAtLocal() != null) ? session.startsAtLocal().format(format) : "";
			names.put(session.sessionId(), "Økt " + number++ + " (" + when + ")");
		}
		return names;
	}

	/** Role categories with their count and share of all delegates, largest first. */
	private static List<Share> roleMix(StaffApi.Report report) {
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

	/**
	 * A number field as the API wants it; what is not a number goes as text to be
	 * refused.
	 */
	private static Object number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return value.strip();
		}
	}

	public record Share(String label, int count, int total) {
	}

}
