package no.ks.kulturskole.gateway.staff;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.api.workshop.WorkshopStatus;
import no.ks.kulturskole.api.workshop.StaffWorkshopResponse;
import no.ks.kulturskole.api.workshop.FormatKind;
import no.ks.kulturskole.api.workshop.ScheduleWorkshopRequest;
import no.ks.kulturskole.api.workshop.StaffWorkshopApi;
import no.ks.kulturskole.api.workshop.WorkshopChangeRequests.DetailsRequest;
import no.ks.kulturskole.api.workshop.WorkshopDefaults;
import no.ks.kulturskole.gateway.pages.FormErrors;
import no.ks.kulturskole.web.Problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workshop form: a new workshop, a draft edited in full, and a published workshop's
 * descriptive details. Sent as workshop-api's typed requests; a refusal comes back to the
 * form with each message by its field.
 */
@Controller
class StaffWorkshopFormController {

	private static final Set<WorkshopStatus> DETAILS_EDITABLE = Set.of(WorkshopStatus.SCHEDULED,
			WorkshopStatus.REGISTRATION_CLOSED);

	private static final List<String> DETAIL_FIELDS = List.of("title", "description", "format", "venue", "meetingUrl");

	/** The form's fields a refusal is shown by; any other field's message goes on top. */
	private static final List<String> FORM_FIELDS = List.of("title", "description", "format", "venue", "meetingUrl",
			"registrationDeadline", "minDelegationSize", "maxDelegationSize", "startsAt", "endsAt", "capacity");

	private final StaffApi api;

	private final StaffWorkshopApi workshops;

	StaffWorkshopFormController(StaffApi api, StaffWorkshopApi workshops) {
		this.api = api;
		this.workshops = workshops;
	}

	@GetMapping("/stab/verksted/ny")
	String newWorkshop(Model model) {
		model.addAttribute("values", Map.of("format", "VENUE", "minDelegationSize", "2", "capacity", "60"));
		model.addAttribute("errors", new FormErrors());
		return workshopForm(null, model);
	}

	@PostMapping("/stab/verksted/ny")
	String createWorkshop(@RequestParam Map<String, String> values, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Outcome outcome = Outcome.of(() -> this.workshops.schedule(workshopRequest(values)));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Verkstedet er opprettet.");
			return "redirect:/stab";
		}
		return refusedForm(null, outcome, values, model, response);
	}

	/**
	 * Drafts are edited in full. A published workshop keeps its deadline, delegation
	 * rules and sessions (those change through their own forms, with their own events);
	 * its descriptive details may still be corrected.
	 */
	@GetMapping("/stab/verksted/{id}/endre")
	String editWorkshop(@PathVariable String id, Model model, HttpServletResponse response) {
		StaffWorkshopResponse workshop = this.api.workshop(id);
		if (workshop != null && DETAILS_EDITABLE.contains(workshop.status())) {
			model.addAttribute("values", detailValues(workshop));
			model.addAttribute("errors", new FormErrors());
			model.addAttribute("detailsOnly", true);
			return workshopForm(id, model);
		}
		if (workshop == null || workshop.status() != WorkshopStatus.DRAFT) {
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
			StaffWorkshopResponse.StaffSession first = workshop.sessions().get(0);
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
		Outcome outcome = Outcome.of(() -> this.workshops.revise(id, workshopRequest(values)));
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
		// a field left empty removes an optional detail; the service checks the rest
		DetailsRequest details = new DetailsRequest(values.getOrDefault("title", ""),
				values.getOrDefault("description", ""), null, null, null, format(values.get("format")),
				values.getOrDefault("venue", ""), values.getOrDefault("meetingUrl", ""), null, null, null, null, null);
		Outcome outcome = Outcome.of(() -> this.workshops.changeDetails(id, details));
		if (outcome.ok()) {
			redirect.addFlashAttribute("saved", "Endringene er lagret.");
			return "redirect:/stab/verksted/" + id;
		}
		model.addAttribute("detailsOnly", true);
		return refusedForm(id, outcome, values, model, response);
	}

	/**
	 * The form as workshop-api's request. Organisers and language are left out: the
	 * service's defaults apply ({@code Offering.DEFAULT_ORGANISERS}, {@code nb}).
	 */
	private static ScheduleWorkshopRequest workshopRequest(Map<String, String> values) {
		ScheduleWorkshopRequest.SessionRequest session = new ScheduleWorkshopRequest.SessionRequest(
				FormValues.time("startsAt", values.get("startsAt")), FormValues.time("endsAt", values.get("endsAt")),
				FormValues.integer("capacity", values.get("capacity")), null);
		return new ScheduleWorkshopRequest(FormValues.blankToNull(values.get("title")),
				FormValues.blankToNull(values.get("description")), WorkshopDefaults.PROGRAMME, null, null, null,
				format(values.get("format")), FormValues.blankToNull(values.get("venue")),
				FormValues.blankToNull(values.get("meetingUrl")), null,
				FormValues.time("registrationDeadline", values.get("registrationDeadline")),
				FormValues.integer("minDelegationSize", values.get("minDelegationSize")),
				FormValues.integer("maxDelegationSize", values.get("maxDelegationSize")),
				values.containsKey("outsideRoleRequired"), List.of(session), values.containsKey("draft"));
	}

	/** The form's radio value; anything else is no format, which the service refuses. */
	private static FormatKind format(String value) {
		for (FormatKind kind : FormatKind.values()) {
			if (kind.name().equals(value)) {
				return kind;
			}
		}
		return null;
	}

	private static Map<String, String> detailValues(StaffWorkshopResponse workshop) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", workshop.title());
		values.put("description", workshop.description());
		values.put("format", (workshop.format() != null) ? workshop.format().name() : null);
		values.put("venue", workshop.venue());
		values.put("meetingUrl", workshop.meetingUrl());
		return values;
	}

	private static String workshopForm(String id, Model model) {
		model.addAttribute("detailFields", DETAIL_FIELDS);
		model.addAttribute("workshopId", id);
		return "staff-workshop-new";
	}

	private static String local(LocalDateTime time) {
		return (time != null) ? time.truncatedTo(ChronoUnit.MINUTES).toString() : null;
	}

	private static String refusedForm(String id, Outcome outcome, Map<String, String> values, Model model,
			HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		for (Problem.FieldProblem problem : outcome.problem().errors()) {
			String field = (problem.field() != null) ? problem.field().replaceAll("^sessions\\[0]\\.", "") : "";
			if (FORM_FIELDS.contains(field)) {
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

}
