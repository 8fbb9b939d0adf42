package no.ks.kulturskole.api.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.contracts.registration.Contact;
import no.ks.kulturskole.contracts.registration.Organisation;

/**
 * The pilot applications with their KS region and workshop participation, and the
 * selection so far ({@code GET /api/pilot-applications}, and the answer to a decision).
 * Carries the contact persons: staff only. Lists a service leaves out read as empty.
 */
public record PilotOverviewResponse(List<PilotApplicationLine> applications, SelectionSummary selection) {

	public PilotOverviewResponse {
		applications = (applications != null) ? applications : List.of();
	}

	/**
	 * @param ksRegion {@code null} for an organisation outside the municipality register
	 * @param attended the workshops the municipality has a delegation in
	 */
	public record PilotApplicationLine(String applicationId, Organisation organisation, String ksRegion,
			Contact contact, String motivation, boolean inGuidanceScheme, Instant submittedAt, PilotStatus status,
			String declineReason, List<WorkshopAttended> attended) {

		public PilotApplicationLine {
			attended = (attended != null) ? attended : List.of();
		}

		/**
		 * Workshops where staff recorded someone of the delegation present. Not a
		 * property (no get prefix): the JSON is the components'.
		 */
		public long workshopsPresent() {
			return this.attended.stream().filter((workshop) -> workshop.presentPersons() > 0).count();
		}

	}

	/**
	 * A workshop the municipality has a delegation in.
	 *
	 * @param workshopStatus e.g. {@code COMPLETED} once it has taken place
	 * @param seatStatus {@code CONFIRMED} or {@code WAITLISTED}
	 * @param presentPersons participants staff recorded present in a session of it
	 */
	public record WorkshopAttended(String organisationNumber, String workshopId, String workshopTitle,
			String workshopStatus, String seatStatus, int participants, int presentPersons) {
	}

	/**
	 * @param warning set above the project's target of 6–7 selected
	 */
	public record SelectionSummary(int selected, boolean aboveTarget, String warning, Map<String, Integer> byKsRegion,
			Map<String, Integer> byCounty) {
	}

}
