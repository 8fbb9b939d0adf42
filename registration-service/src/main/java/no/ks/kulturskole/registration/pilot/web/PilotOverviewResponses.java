package no.ks.kulturskole.registration.pilot.web;

import no.ks.kulturskole.api.registration.PilotOverviewResponse;
import no.ks.kulturskole.api.registration.PilotStatus;
import no.ks.kulturskole.registration.pilot.application.PilotApplications;
import no.ks.kulturskole.registration.pilot.model.PilotSelection;

/**
 * The pilot overview as registration-api's record, which the gateway shares, with the
 * JSON the application's types had: the record knows nothing of the model, so the mapping
 * lives with the controller. The API's status mirrors the model's by name.
 */
final class PilotOverviewResponses {

	private PilotOverviewResponses() {
	}

	static PilotOverviewResponse of(PilotApplications.Overview overview) {
		return new PilotOverviewResponse(overview.applications().stream().map(PilotOverviewResponses::line).toList(),
				selection(overview.selection()));
	}

	private static PilotOverviewResponse.PilotApplicationLine line(PilotApplications.ApplicationView view) {
		return new PilotOverviewResponse.PilotApplicationLine(view.application().id(),
				view.application().organisation(), view.ksRegion(), view.application().contact(),
				view.application().motivation(), view.application().inGuidanceScheme(),
				view.application().submittedAt(),
				(view.application().status() != null) ? PilotStatus.valueOf(view.application().status().name()) : null,
				view.application().declineReason(),
				view.attended()
					.stream()
					.map((attendance) -> new PilotOverviewResponse.WorkshopAttended(attendance.organisationNumber(),
							attendance.workshopId(), attendance.workshopTitle(), attendance.workshopStatus(),
							attendance.seatStatus(), attendance.participants(), attendance.presentPersons()))
					.toList());
	}

	private static PilotOverviewResponse.SelectionSummary selection(PilotSelection selection) {
		return (selection != null) ? new PilotOverviewResponse.SelectionSummary(selection.selected(),
				selection.aboveTarget(), selection.warning(), selection.byKsRegion(), selection.byCounty()) : null;
	}

}
