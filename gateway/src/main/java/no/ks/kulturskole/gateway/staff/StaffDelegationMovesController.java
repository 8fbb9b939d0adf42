package no.ks.kulturskole.gateway.staff;

import no.ks.kulturskole.api.registration.StaffMoveRequests.MoveRequest;
import no.ks.kulturskole.api.registration.StaffMoveRequests.ResolutionRequest;
import no.ks.kulturskole.api.registration.StaffMoveRequests.WaitingListMoveRequest;
import no.ks.kulturskole.api.registration.StaffRegistrationApi;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workshop page's forms that registration-service answers: move the waiting list or
 * one delegation to a session, and settle a registration conflict. Called through
 * registration-api's typed client.
 */
@Controller
class StaffDelegationMovesController {

	private final StaffRegistrationApi registrations;

	StaffDelegationMovesController(StaffRegistrationApi registrations) {
		this.registrations = registrations;
	}

	@PostMapping("/stab/verksted/{id}/venteliste")
	String moveWaitingList(@PathVariable String id, @RequestParam(required = false) String sessionId,
			RedirectAttributes redirect) {
		Outcome outcome = Outcome.of(() -> this.registrations
			.moveWaitingList(new WaitingListMoveRequest(id, FormValues.blankToNull(sessionId))));
		return StaffRedirects.toWorkshop(id, outcome, "Ventelisten er flyttet til økten, så langt det var plass.",
				redirect);
	}

	@PostMapping("/stab/verksted/{id}/delegasjoner/{delegationId}/flytt")
	String moveDelegation(@PathVariable String id, @PathVariable String delegationId,
			@RequestParam(required = false) String sessionId, RedirectAttributes redirect) {
		Outcome outcome = Outcome
			.of(() -> this.registrations.move(delegationId, new MoveRequest(FormValues.blankToNull(sessionId))));
		return StaffRedirects.toWorkshop(id, outcome, "Delegasjonen er flyttet.", redirect);
	}

	/**
	 * Staff resolve a registration conflict: keep the coordinator, or hand the delegation
	 * over to the person who tried (who then gets a new manage link by mail).
	 */
	@PostMapping("/stab/verksted/{id}/konflikter/{conflictId}")
	String resolveConflict(@PathVariable String id, @PathVariable String conflictId,
			@RequestParam(required = false) String resolution, RedirectAttributes redirect) {
		Outcome outcome = Outcome.of(() -> this.registrations.resolve(conflictId,
				new ResolutionRequest(FormValues.blankToNull(resolution))));
		return StaffRedirects.toWorkshop(id, outcome,
				"HAND_OVER".equals(resolution)
						? "Påmeldingen er overført. Den nye kontaktpersonen får en ny lenke på e-post, og den gamle "
								+ "lenken virker ikke lenger."
						: "Konflikten er løst. Kontaktpersonen er beholdt.",
				redirect);
	}

}
