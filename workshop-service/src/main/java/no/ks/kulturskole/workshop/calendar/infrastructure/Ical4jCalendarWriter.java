package no.ks.kulturskole.workshop.calendar.infrastructure;

import java.net.URI;
import java.time.Duration;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.ks.kulturskole.support.calendar.OsloCalendar;
import no.ks.kulturskole.workshop.calendar.application.CalendarEntry;
import no.ks.kulturskole.workshop.calendar.application.CalendarFeed;
import no.ks.kulturskole.workshop.calendar.application.CalendarWriter;

import org.springframework.stereotype.Service;

/**
 * The feed written by ical4j, in Oslo time with the zone's definition shared with
 * notification-service's invitations ({@link OsloCalendar}). No METHOD: a published
 * calendar, not a message, so DTSTAMP may be (and is) when the event last changed, which
 * keeps the file the same from fetch to fetch until a workshop changes.
 */
// a @Service rather than a @Component so that the web tests, which load services and
// repositories with every controller, have it for the public calendar controller
@Service
class Ical4jCalendarWriter implements CalendarWriter {

	/** How often subscribers are asked to fetch again; Outlook reads the X- form. */
	private static final Duration REFRESH = Duration.ofHours(1);

	@Override
	public String write(CalendarFeed feed) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(OsloCalendar.PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(new Name(feed.language().calendarName()));
		calendar.add(new XProperty("X-WR-CALNAME", feed.language().calendarName()));
		calendar.add(new XProperty("X-WR-CALDESC", feed.language().calendarDescription()));
		calendar.add(new XProperty("X-WR-TIMEZONE", OsloCalendar.ZONE.getId()));
		calendar.add(new RefreshInterval(new ParameterList(java.util.List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		calendar.add(OsloCalendar.timeZone());
		feed.entries().forEach((entry) -> calendar.add(event(entry)));
		return calendar.toString();
	}

	private static VEvent event(CalendarEntry entry) {
		VEvent event = new VEvent(entry.startsAt().atZone(OsloCalendar.ZONE), entry.endsAt().atZone(OsloCalendar.ZONE),
				"");
		event.replace(
				new Summary(new ParameterList(java.util.List.of(new Language(entry.language()))), entry.summary()));
		event.add(new Uid(entry.uid()));
		event.add(new Sequence(entry.sequence()));
		// the constructor stamps with the system clock: the stamp would change every
		// fetch
		event.replace(new DtStamp(entry.lastModified()));
		event.add(new LastModified(entry.lastModified()));
		event.add(new Location(entry.location()));
		if (!entry.description().isEmpty()) {
			event.add(new Description(entry.description()));
		}
		if (entry.url() != null) {
			event.add(new Url(URI.create(entry.url())));
		}
		event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

}
