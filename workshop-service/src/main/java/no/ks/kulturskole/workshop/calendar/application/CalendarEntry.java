package no.ks.kulturskole.workshop.calendar.application;

import java.time.Instant;

/**
 * One session of a workshop as a calendar event. Never a meeting link: the feed is
 * public.
 *
 * @param uid the session's own, the same in every fetch and every language
 * @param sequence raised by every reschedule of the workshop, and once more when it is
 * cancelled
 * @param language the workshop's language, which its title and description are written in
 * @param location the venue's address, or a note that the meeting is online
 * @param url the public page to register on; {@code null} for a cancelled workshop
 * @param lastModified when the workshop was last changed
 */
public record CalendarEntry(String uid, int sequence, String summary, String description, String language,
		String location, String url, Instant startsAt, Instant endsAt, boolean cancelled, Instant lastModified) {
}
