package no.ks.kulturskole.registration.pilot.web;

import no.ks.kulturskole.api.registration.SelectionClosureResponse;
import no.ks.kulturskole.registration.pilot.application.PilotSelectionClosing;
import no.ks.kulturskole.registration.pilot.model.PilotSelectionClosure;

/**
 * The pilot selection's closing as registration-api's {@link SelectionClosureResponse},
 * which the gateway's pilot page shares: the mapping lives here, with the controller, so
 * the record stays free of the model.
 */
final class SelectionClosureResponses {

	private SelectionClosureResponses() {
	}

	static SelectionClosureResponse of(PilotSelectionClosure closure, PilotSelectionClosing closing) {
		return new SelectionClosureResponse(true, closure.closedAt(), closure.applications(), closure.selected(),
				closing.personalDataErasedAt().orElse(null));
	}

}
