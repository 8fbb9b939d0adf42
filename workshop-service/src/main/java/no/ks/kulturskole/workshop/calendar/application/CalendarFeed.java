package no.ks.kulturskole.workshop.calendar.application;

import java.time.Instant;
import java.util.List;

/**
 * The public calendar: every session of the workshops it shows, soonest first.
 *
 * @param lastModified when the newest of its workshops was last changed; {@code null}
 * when it shows none
 */
public record CalendarFeed(CalendarLanguage language, List<CalendarEntry> entries, Instant lastModified) {

	public CalendarFeed {
		entries = List.copyOf(entries);
	}

}
