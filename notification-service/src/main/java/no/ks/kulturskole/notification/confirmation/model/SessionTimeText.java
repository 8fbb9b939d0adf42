package no.ks.kulturskole.notification.confirmation.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a session takes place, as people in Norway read it: "onsdag 10. mars 2027 kl.
 * 09:00–11:30". Always Oslo time, whatever the server's zone, because that is the time
 * the workshop is held in.
 */
public final class SessionTimeText {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", BOKMAL);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", BOKMAL);

	/**
	 * @param endsAt may be {@code null}: then only the start is shown
	 */
	public static String of(Instant startsAt, Instant endsAt) {
		ZonedDateTime start = startsAt.atZone(OSLO);
		String from = DAY.format(start) + " kl. " + TIME.format(start);
		if (endsAt == null) {
			return from;
		}
		ZonedDateTime end = endsAt.atZone(OSLO);
		if (end.toLocalDate().equals(start.toLocalDate())) {
			// an en dash between times, as Norwegian typography has it
			return from + "\u2013" + TIME.format(end);
		}
		return from + " til " + DAY.format(end) + " kl. " + TIME.format(end);
	}

	private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	/**
	 * The same in English, for delegations that read English: "Wednesday 10 March 2027,
	 * 09:00–11:30 (Norwegian time)".
	 */
	public static String inEnglish(Instant startsAt, Instant endsAt) {
		ZonedDateTime start = startsAt.atZone(OSLO);
		String text = ENGLISH_DAY.format(start) + ", " + TIME.format(start);
		if (endsAt != null) {
			ZonedDateTime end = endsAt.atZone(OSLO);
			text += end.toLocalDate().equals(start.toLocalDate()) ? "\u2013" + TIME.format(end)
					: " to " + ENGLISH_DAY.format(end) + ", " + TIME.format(end);
		}
		return text + " (Norwegian time)";
	}

	private SessionTimeText() {
	}

}
