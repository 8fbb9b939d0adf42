package no.ks.kulturskole.gateway.staff;

import java.util.Arrays;
import java.util.List;

import no.ks.kulturskole.api.workshop.ScheduleWorkshopRequest.SessionRequest;
import no.ks.kulturskole.api.workshop.StaffWorkshopApi;
import no.ks.kulturskole.api.workshop.WorkshopChangeRequests.CancelRequest;
import no.ks.kulturskole.api.workshop.WorkshopChangeRequests.CapacityRequest;
import no.ks.kulturskole.api.workshop.WorkshopChangeRequests.MaterialRequest;
import no.ks.kulturskole.api.workshop.WorkshopChangeRequests.PreparationRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workshop page's forms that change a workshop in its course: sessions and capacity,
 * publishing, closing, cancelling, and the preparation material. Each calls
 * workshop-service through workshop-api's typed client and comes back to the page with
 * the outcome.
 */
@Controller
class StaffWorkshopChangesController {

	private final StaffWorkshopApi workshops;

	StaffWorkshopChangesController(StaffWorkshopApi workshops) {
		this.workshops = workshops;
	}

	/** A session's capacity, for a published workshop; never below the seats taken. */
	@PostMapping("/stab/verksted/{id}/okter/{sessionId}/kapasitet")
	String changeCapacity(@PathVariable String id, @PathVariable String sessionId,
			@RequestParam(required = false) String capacity, RedirectAttributes redirect) {
		Outcome outcome = Outcome.of(() -> this.workshops.changeCapacity(id, sessionId,
				new CapacityRequest(FormValues.integer("capacity", capacity))));
		return StaffRedirects.toWorkshop(id, outcome, "Kapasiteten er endret.", redirect);
	}

	/** An overflow session: the same day or another, for the municipalities waiting. */
	@PostMapping("/stab/verksted/{id}/okter")
	String addSession(@PathVariable String id, @RequestParam(required = false) String startsAt,
			@RequestParam(required = false) String endsAt, @RequestParam(required = false) String capacity,
			RedirectAttributes redirect) {
		Outcome outcome = Outcome
			.of(() -> this.workshops.addSession(id, new SessionRequest(FormValues.time("startsAt", startsAt),
					FormValues.time("endsAt", endsAt), FormValues.integer("capacity", capacity), null)));
		return StaffRedirects.toWorkshop(id, outcome, "Økten er lagt til.", redirect);
	}

	@PostMapping("/stab/verksted/{id}/publiser")
	String publish(@PathVariable String id, RedirectAttributes redirect) {
		return StaffRedirects.toWorkshop(id, Outcome.of(() -> this.workshops.publish(id)),
				"Verkstedet er publisert, og påmeldingen er åpen.", redirect);
	}

	@PostMapping("/stab/verksted/{id}/steng")
	String close(@PathVariable String id, RedirectAttributes redirect) {
		return StaffRedirects.toWorkshop(id, Outcome.of(() -> this.workshops.closeRegistration(id)),
				"Påmeldingen er stengt.", redirect);
	}

	@PostMapping("/stab/verksted/{id}/avlys")
	String cancel(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Outcome outcome = Outcome
			.of(() -> this.workshops.cancel(id, new CancelRequest(FormValues.blankToNull(reason))));
		return StaffRedirects.toWorkshop(id, outcome, "Verkstedet er avlyst. Kommunene får beskjed på e-post.",
				redirect);
	}

	/** Reflection questions (one per line) and when the material goes out. */
	@PostMapping("/stab/verksted/{id}/materiell")
	String preparation(@PathVariable String id, @RequestParam(required = false) String releaseAt,
			@RequestParam(required = false) String questions, @RequestParam(required = false) String materialTitle,
			@RequestParam(required = false) String materialUrl, RedirectAttributes redirect) {
		List<MaterialRequest> materials = (materialTitle != null && !materialTitle.isBlank())
				? List.of(new MaterialRequest(materialTitle.strip(), FormValues.blankToNull(materialUrl))) : List.of();
		List<String> reflectionQuestions = (questions != null) ? Arrays.stream(questions.split("\\R"))
			.map(String::strip)
			.filter((question) -> !question.isEmpty())
			.toList() : List.of();
		Outcome outcome = Outcome.of(() -> this.workshops.prepare(id,
				new PreparationRequest(materials, reflectionQuestions, FormValues.time("releaseAt", releaseAt))));
		return StaffRedirects.toWorkshop(id, outcome, "Forberedelsesmateriellet er lagret.", redirect);
	}

}
