package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * This service's replica of a workshop, built from {@code workshop.events}: what
 * delegates' mails and calendar entries need, and nothing else.
 *
 * @param revision the calendar SEQUENCE: 0 when scheduled, the event's revision after
 * each reschedule
 */
public record WorkshopView(String workshopId, String title, String language, int revision, boolean cancelled,
		Map<String, Session> sessions) {

	public WorkshopView {
		sessions = (sessions != null) ? Map.copyOf(sessions) : Map.of();
	}

	public Optional<Session> session(String sessionId) {
		return Optional.ofNullable(this.sessions.get(sessionId));
	}

	/**
	 * @param meetingUrl personal to confirmed delegates; may be {@code null}
	 */
	public record Session(String sessionId, Instant startsAt, Instant endsAt, String meetingUrl) {

	}

}
