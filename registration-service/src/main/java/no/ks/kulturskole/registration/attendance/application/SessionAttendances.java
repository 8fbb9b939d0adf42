package no.ks.kulturskole.registration.attendance.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import no.ks.kulturskole.registration.attendance.model.MeetingReport;
import no.ks.kulturskole.registration.attendance.model.MeetingReport.Attendee;
import no.ks.kulturskole.registration.delegation.application.WorkshopDecision;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.application.WorkshopWriter;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Participant;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.evaluation.application.EvaluationInvitations;
import no.ks.kulturskole.support.problem.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Staff record who attended a session, by hand or from the video meeting's participant
 * report. Attendance lives in the workshop's registrations (this service owns the
 * participants it names), so it is stored with its events in one write, by the workshop's
 * single writer.
 */
@Service
public class SessionAttendances {

	private static final Logger log = LoggerFactory.getLogger(SessionAttendances.class);

	private static final Supplier<NotFound> UNKNOWN_WORKSHOP = () -> new NotFound("workshopId",
			"Verkstedet finnes ikke, eller ingen har meldt seg på det ennå.");

	private final WorkshopRegistrationsStore store;

	private final WorkshopWriter writer;

	private final EvaluationInvitations evaluations;

	public SessionAttendances(WorkshopRegistrationsStore store, WorkshopWriter writer,
			EvaluationInvitations evaluations) {
		this.store = store;
		this.writer = writer;
		this.evaluations = evaluations;
	}

	/**
	 * @param present everyone there, replacing what was recorded for the session
	 * @return the ids recorded present now
	 */
	public List<String> record(String workshopId, String sessionId, List<String> present) {
		WorkshopRegistrations after = this.writer.write(workshopId, UNKNOWN_WORKSHOP,
				WorkshopDecision.changing((current, now) -> current.recordAttendance(sessionId, present, now)));
		List<String> recorded = after.presentIn(sessionId);
		log.info("Attendance of session {} of workshop {} recorded: {} present", sessionId, workshopId,
				recorded.size());
		inviteToEvaluate(workshopId);
		return recorded;
	}

	/**
	 * Attendance recorded after the session ended gives the attendees their evaluation
	 * links at once; should that fail, the evaluation sweep gives them later, so the
	 * recorded attendance stands either way.
	 */
	private void inviteToEvaluate(String workshopId) {
		try {
			this.evaluations.inviteAttendeesOfEndedSessions(workshopId);
		}
		catch (RuntimeException ex) {
			log.warn("Evaluation links for workshop {} left to the sweep: {}", workshopId, ex.toString());
		}
	}

	public List<String> presentIn(String workshopId, String sessionId) {
		WorkshopRegistrations registrations = this.store.find(workshopId).orElseThrow(UNKNOWN_WORKSHOP);
		if (registrations.workshop().session(sessionId).isEmpty()) {
			throw new NotFound("sessionId", "Økten finnes ikke i dette verkstedet.");
		}
		return registrations.presentIn(sessionId);
	}

	/**
	 * Matches the meeting's participant report to the workshop's participants by e-mail
	 * (case does not matter); stores nothing: staff check the result and record it.
	 */
	public Matching match(String workshopId, String sessionId, String csv) {
		WorkshopRegistrations registrations = this.store.find(workshopId).orElseThrow(UNKNOWN_WORKSHOP);
		if (registrations.workshop().session(sessionId).isEmpty()) {
			throw new NotFound("sessionId", "Økten finnes ikke i dette verkstedet.");
		}
		Map<String, Participant> byEmail = new HashMap<>();
		registrations.delegations()
			.stream()
			.filter(Delegation::isActive)
			.flatMap(delegation -> delegation.participants().stream())
			.filter(participant -> participant.email() != null)
			.forEach(participant -> byEmail.putIfAbsent(participant.email().strip().toLowerCase(Locale.ROOT),
					participant));
		List<Matched> matched = new ArrayList<>();
		List<Attendee> unmatched = new ArrayList<>();
		for (Attendee attendee : MeetingReport.read(csv)) {
			Participant participant = byEmail.get(attendee.email());
			if (participant != null) {
				matched.add(new Matched(participant.participantId(), attendee));
			}
			else {
				unmatched.add(attendee);
			}
		}
		log.info("Meeting report for session {} of workshop {}: {} matched, {} unmatched", sessionId, workshopId,
				matched.size(), unmatched.size());
		return new Matching(matched, unmatched);
	}

	/**
	 * @param matched registered participants found in the report
	 * @param unmatched people in the report with an address no participant has, for staff
	 * to match by hand
	 */
	public record Matching(List<Matched> matched, List<Attendee> unmatched) {
	}

	public record Matched(String participantId, Attendee attendee) {
	}

}
