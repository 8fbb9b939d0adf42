package no.ks.kulturskole.api.registration;

import java.util.List;

/**
 * A video meeting's participant report matched to a session's registered participants
 * ({@code POST /api/workshops/{id}/sessions/{sessionId}/attendance/meeting-report}).
 * Nothing is stored: staff check it and record the attendance after. Carries names and
 * e-mails from the report: staff only. Lists a service leaves out read as empty.
 *
 * @param matched rows matched to a participant by e-mail
 * @param unmatched rows no registered participant has the e-mail of, for staff to match
 * by hand
 */
public record MeetingReportMatching(List<Matched> matched, List<Attendee> unmatched) {

	public MeetingReportMatching {
		matched = (matched != null) ? matched : List.of();
		unmatched = (unmatched != null) ? unmatched : List.of();
	}

	public record Matched(String participantId, Attendee attendee) {
	}

	/**
	 * One row of the report.
	 *
	 * @param email empty when the report had none
	 * @param minutes in the meeting, all the row's sessions together
	 */
	public record Attendee(String name, String email, int minutes) {
	}

}
