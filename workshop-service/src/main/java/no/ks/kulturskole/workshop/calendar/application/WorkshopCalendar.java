package no.ks.kulturskole.workshop.calendar.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.ks.kulturskole.support.calendar.OsloCalendar;
import no.ks.kulturskole.workshop.workshop.application.ChangedWorkshop;
import no.ks.kulturskole.workshop.workshop.application.WorkshopRepository;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.Session;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The programme's public calendar (issue 17): one event per session of every workshop
 * scheduled or closed for registration, so that coordinators can subscribe to it in
 * Outlook or Google Calendar.
 * <p>
 * A cancelled workshop stays in the feed, its sessions marked {@code STATUS:CANCELLED}
 * with a higher SEQUENCE and «Avlyst» before the title, until its last session would have
 * ended; then it goes. A subscribed calendar that just loses an event deletes it without
 * a word, and someone who planned the day around it would never learn why; marked, it
 * says so where they look. Completed workshops and drafts are never in it.
 */
@Service
public class WorkshopCalendar {

	/** The domain of the UIDs, so that ours never clash with another calendar's. */
	static final String UID_DOMAIN = "kulturskole.ks.no";

	private final WorkshopRepository workshops;

	private final Clock clock;

	private final String gatewayUrl;

	public WorkshopCalendar(WorkshopRepository workshops, Clock clock,
			@Value("${platform.gateway-url:http://localhost:8080}") String gatewayUrl) {
		this.workshops = workshops;
		this.clock = clock;
		this.gatewayUrl = gatewayUrl.replaceAll("/+$", "");
	}

	public CalendarFeed feed(CalendarLanguage language) {
		List<CalendarEntry> entries = new ArrayList<>();
		Instant lastModified = null;
		for (ChangedWorkshop changed : this.workshops.findForCalendar(this.clock.instant())) {
			Workshop workshop = changed.workshop();
			List<Session> sessions = workshop.sessions();
			for (int index = 0; index < sessions.size(); index++) {
				entries.add(entry(workshop, changed.changedAt(), sessions.get(index), index + 1, sessions.size(),
						language));
			}
			if (lastModified == null || changed.changedAt().isAfter(lastModified)) {
				lastModified = changed.changedAt();
			}
		}
		entries.sort(Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::uid));
		return new CalendarFeed(language, entries, lastModified);
	}

	private CalendarEntry entry(Workshop workshop, Instant changedAt, Session session, int number, int of,
			CalendarLanguage language) {
		boolean cancelled = workshop.status() == WorkshopStatus.CANCELLED;
		String title = (of > 1) ? workshop.title() + " (" + language.sessionOf(number, of) + ")" : workshop.title();
		String summary = cancelled ? language.cancelled() + ": " + title : title;
		String location = (workshop.format() instanceof Format.Venue venue) ? venue.address() : language.online();
		String url = cancelled ? null
				: this.gatewayUrl + "/verksted/" + workshop.id() + "/pamelding?sprak=" + language.code();
		return new CalendarEntry(session.sessionId() + "@" + UID_DOMAIN,
				// RFC 5545: a cancellation is a change the calendar must take over the
				// version it has
				workshop.revision() + (cancelled ? 1 : 0), summary, description(workshop, cancelled, url, language),
				workshop.language(), location, url, session.startsAt(), session.endsAt(), cancelled, changedAt);
	}

	private static String description(Workshop workshop, boolean cancelled, String url, CalendarLanguage language) {
		List<String> parts = new ArrayList<>();
		if (cancelled && workshop.cancellationReason() != null) {
			parts.add(language.cancelled() + ". " + language.reason() + ": " + workshop.cancellationReason());
		}
		if (workshop.description() != null) {
			parts.add(workshop.description());
		}
		if (!workshop.organisers().isEmpty()) {
			parts.add(language.organisers() + ": " + String.join(", ", workshop.organisers()));
		}
		if (!cancelled) {
			parts.add(language.deadline() + ": "
					+ language.dateTime().format(workshop.registrationDeadline().atZone(OsloCalendar.ZONE)));
			parts.add(language.registration() + ": " + url);
		}
		return String.join("\n\n", parts);
	}

}
