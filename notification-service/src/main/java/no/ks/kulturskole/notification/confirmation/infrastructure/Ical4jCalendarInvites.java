package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.ks.kulturskole.notification.confirmation.application.CalendarInvites;
import no.ks.kulturskole.notification.mail.model.CalendarInvite;
import no.ks.kulturskole.support.calendar.OsloCalendar;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * iCalendar files made with ical4j rather than by hand: escaping, line folding and the
 * time zone definition are easy to get subtly wrong. Times are written in Oslo time with
 * the {@code Europe/Oslo} VTIMEZONE included ({@link OsloCalendar}, shared with
 * workshop-service's public feed), so that a calendar shows the workshop at the right
 * local time whatever the reader's own zone.
 */
@Component
class Ical4jCalendarInvites implements CalendarInvites {

	private static final ZoneId OSLO = OsloCalendar.ZONE;

	private final Clock clock;

	Ical4jCalendarInvites(Clock clock) {
		this.clock = clock;
	}

	@Override
	public CalendarInvite request(Event event) {
		return new CalendarInvite("REQUEST", calendar(event, ImmutableMethod.REQUEST, false));
	}

	@Override
	public CalendarInvite cancel(Event event) {
		return new CalendarInvite("CANCEL", calendar(event, ImmutableMethod.CANCEL, true));
	}

	/**
	 * Quotes what a URI cannot hold, so that an odd address gives an odd invitation (and
	 * the SMTP server's verdict) rather than an exception that stops the event.
	 */
	private static URI mailto(String address) {
		try {
			return new URI("mailto", address, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("mailto with a quoted address is always valid", ex);
		}
	}

	private String calendar(Event event, Method method, boolean cancelled) {
		VTimeZone oslo = OsloCalendar.timeZone();
		ZonedDateTime start = event.startsAt().atZone(OSLO);
		ZonedDateTime end = (event.endsAt() != null) ? event.endsAt().atZone(OSLO) : start.plusHours(1);
		VEvent vevent = new VEvent(start, end, event.summary());
		vevent.add(new Uid(event.uid()));
		vevent.add(new Sequence(event.sequence()));
		// the constructor stamps with the system clock; the service's clock decides
		vevent.replace(new DtStamp(this.clock.instant()));
		vevent.add(new Organizer(mailto(event.organizerEmail())));
		if (event.attendeeEmail() != null) {
			Attendee attendee = new Attendee(mailto(event.attendeeEmail()));
			if (event.attendeeName() != null) {
				attendee.add(new Cn(event.attendeeName()));
			}
			attendee.add(Role.REQ_PARTICIPANT);
			attendee.add(new Rsvp(false));
			vevent.add(attendee);
		}
		if (event.meetingUrl() != null && !cancelled) {
			try {
				vevent.add(new Url(URI.create(event.meetingUrl())));
			}
			catch (IllegalArgumentException ex) {
				// not a URI: the link still reaches the reader through LOCATION and
				// DESCRIPTION
			}
			if (event.venue() == null) {
				vevent.add(new Location(event.meetingUrl()));
			}
			vevent.add(new Description("Møtelenke: " + event.meetingUrl()));
		}
		if (event.venue() != null && !cancelled) {
			vevent.add(new Location(event.venue()));
		}
		vevent.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(OsloCalendar.PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(method);
		calendar.add(oslo);
		calendar.add(vevent);
		return calendar.toString();
	}

}
