package no.ks.kulturskole.registration.evaluation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Invites the attendees of sessions that ended since attendance was recorded (staff often
 * mark who came while the session runs): every workshop with attendance and a session
 * that ended within {@code platform.evaluation.invite-within} (14 days) is looked at.
 * Safe on several instances at once: the invitation record issues each link once.
 */
@Component
public class EvaluationSweep {

	private static final Logger log = LoggerFactory.getLogger(EvaluationSweep.class);

	private final EndedSessions endedSessions;

	private final EvaluationInvitations invitations;

	private final Clock clock;

	private final Duration within;

	EvaluationSweep(EndedSessions endedSessions, EvaluationInvitations invitations, Clock clock,
			@Value("${platform.evaluation.invite-within:P14D}") Duration within) {
		this.endedSessions = endedSessions;
		this.invitations = invitations;
		this.clock = clock;
		this.within = within;
	}

	@Scheduled(initialDelayString = "${platform.evaluation.sweep.initial-delay:PT1M}",
			fixedDelayString = "${platform.evaluation.sweep.interval:PT5M}")
	void onSchedule() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			// the database is away: the next round tries again
			log.warn("Evaluation sweep paused: {}", ex.toString());
		}
	}

	public int sweep() {
		Instant now = this.clock.instant();
		int issued = 0;
		for (String workshopId : this.endedSessions.workshopsWithAttendanceEndedBetween(now.minus(this.within), now)) {
			issued += this.invitations.inviteAttendeesOfEndedSessions(workshopId);
		}
		return issued;
	}

}
