package no.ks.kulturskole.registration.attendance.web;

import no.ks.kulturskole.api.registration.MeetingReportMatching;
import no.ks.kulturskole.registration.attendance.application.SessionAttendances;
import no.ks.kulturskole.registration.attendance.model.MeetingReport;

/**
 * The application's matching of a meeting report as registration-api's record, which the
 * gateway shares, with the same JSON: the record knows nothing of the model, so the
 * mapping lives with the controller.
 */
final class MeetingReportMatchings {

	private MeetingReportMatchings() {
	}

	static MeetingReportMatching of(SessionAttendances.Matching matching) {
		return new MeetingReportMatching(matching.matched()
			.stream()
			.map((matched) -> new MeetingReportMatching.Matched(matched.participantId(), attendee(matched.attendee())))
			.toList(), matching.unmatched().stream().map(MeetingReportMatchings::attendee).toList());
	}

	private static MeetingReportMatching.Attendee attendee(MeetingReport.Attendee attendee) {
		return (attendee != null)
				? new MeetingReportMatching.Attendee(attendee.name(), attendee.email(), attendee.minutes()) : null;
	}

}
