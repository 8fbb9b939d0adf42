package no.ks.kulturskole.registration.evaluation.application;

import java.time.Instant;
import java.util.List;

/** Where the sweep finds workshops whose attendees may still wait for their links. */
public interface EndedSessions {

	/**
	 * @return ids of workshops with recorded attendance and a session that ended between
	 * {@code from} and {@code to}
	 */
	List<String> workshopsWithAttendanceEndedBetween(Instant from, Instant to);

}
