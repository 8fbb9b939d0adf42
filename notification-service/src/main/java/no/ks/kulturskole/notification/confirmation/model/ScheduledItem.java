package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.util.List;

/**
 * A time-based mailing for one session of a workshop, due at {@code dueAt}: it goes to
 * every delegate of every confirmed delegation in that session.
 *
 * @param revision the workshop revision it was computed for; part of each mail's key, so
 * that a reschedule sends the reminder again for the new time
 * @param materials for {@link Kind#MATERIALS}: "title — link" lines; empty otherwise
 */
public record ScheduledItem(String id, Kind kind, String workshopId, String sessionId, Instant dueAt, int revision,
		List<String> materials, List<String> reflectionQuestions) {

	public ScheduledItem {
		materials = (materials != null) ? List.copyOf(materials) : List.of();
		reflectionQuestions = (reflectionQuestions != null) ? List.copyOf(reflectionQuestions) : List.of();
	}

	/** The session of an item about the whole workshop. */
	public static final String WHOLE_WORKSHOP = "alle";

	public static String idOf(Kind kind, String workshopId, String sessionId) {
		return kind + ":" + workshopId + "/" + sessionId;
	}

	public enum Kind {

		/**
		 * Preparation material and reflection questions, at release (default T−7 days).
		 */
		MATERIALS,

		/** The day before, with the meeting link. */
		REMINDER,

		/**
		 * Before the registration deadline (default 3 days), to coordinators of
		 * delegations that do not yet meet the workshop's rules; for the whole workshop,
		 * its session is {@link ScheduledItem#WHOLE_WORKSHOP}.
		 */
		DEADLINE

	}

}
