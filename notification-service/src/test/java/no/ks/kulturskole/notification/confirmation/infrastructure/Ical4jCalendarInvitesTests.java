package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import no.ks.kulturskole.notification.confirmation.application.CalendarInvites.Event;
import no.ks.kulturskole.notification.mail.model.CalendarInvite;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Ical4jCalendarInvitesTests {

	private final Ical4jCalendarInvites invites = new Ical4jCalendarInvites(
			Clock.fixed(Instant.parse("2027-02-01T12:00:00Z"), ZoneOffset.UTC));

	@Test
	void anInvitationIsARequestInOsloTimeWithItsUidAndSequence() throws Exception {
		CalendarInvite invite = this.invites.request(event(2, "https://meet.example/abc"));

		assertThat(invite.method()).isEqualTo("REQUEST");
		Calendar calendar = parse(invite);
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
		assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent()
			.get()
			.satisfies(
					(tz) -> assertThat(tz.getProperty(Property.TZID).map(Property::getValue)).hasValue("Europe/Oslo"));
		VEvent vevent = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		DtStart<Temporal> start = vevent.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
		assertThat(start.getParameter(Parameter.TZID).map(Parameter::getValue)).hasValue("Europe/Oslo");
		assertThat(LocalDateTime.from(start.getDate())).isEqualTo(LocalDateTime.parse("2027-03-10T09:00"));
		assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(Instant.parse("2027-03-10T08:00:00Z"));
		assertThat(vevent.getProperty(Property.DTEND).map(Property::getValue)).hasValue("20270310T113000");
		assertThat(vevent.getProperty(Property.UID).map(Property::getValue)).hasValue("uid-1@kulturskole.ks.no");
		assertThat(vevent.getProperty(Property.SEQUENCE).map(Property::getValue)).hasValue("2");
		assertThat(vevent.getProperty(Property.URL).map(Property::getValue)).hasValue("https://meet.example/abc");
		assertThat(vevent.getProperty(Property.SUMMARY).map(Property::getValue))
			.hasValue("Kulturskolen som lokalt ressurssenter");
		assertThat(vevent.getProperty(Property.ATTENDEE).map(Property::getValue))
			.hasValue("mailto:ola@bodo.kommune.example");
	}

	@Test
	void aSummerSessionIsWrittenInSummerTime() throws Exception {
		Event summer = new Event("uid-2@kulturskole.ks.no", 0, "Sommerverksted", Instant.parse("2027-06-16T07:00:00Z"),
				Instant.parse("2027-06-16T09:00:00Z"), null, null, null, "verksted@kulturskole.example");

		VEvent vevent = parse(this.invites.request(summer)).<VEvent>getComponent(Component.VEVENT).orElseThrow();

		DtStart<Temporal> start = vevent.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
		assertThat(LocalDateTime.from(start.getDate())).isEqualTo(LocalDateTime.parse("2027-06-16T09:00"));
		assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(Instant.parse("2027-06-16T07:00:00Z"));
		assertThat(vevent.getProperty(Property.DTSTAMP).map(Property::getValue)).hasValue("20270201T120000Z");
		assertThat(vevent.getProperties(Property.DTSTAMP)).hasSize(1);
	}

	@Test
	void aCancellationKeepsTheUidAndCarriesNoMeetingLink() throws Exception {
		CalendarInvite invite = this.invites.cancel(event(3, "https://meet.example/abc"));

		assertThat(invite.method()).isEqualTo("CANCEL");
		Calendar calendar = parse(invite);
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("CANCEL");
		VEvent vevent = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(vevent.getProperty(Property.UID).map(Property::getValue)).hasValue("uid-1@kulturskole.ks.no");
		assertThat(vevent.getProperty(Property.SEQUENCE).map(Property::getValue)).hasValue("3");
		assertThat(vevent.getProperty(Property.STATUS).map(Property::getValue)).hasValue("CANCELLED");
		assertThat(vevent.getProperty(Property.URL)).isEmpty();
	}

	@Test
	void withoutAMeetingLinkTheInvitationHasNoUrl() throws Exception {
		VEvent vevent = parse(this.invites.request(event(0, null))).<VEvent>getComponent(Component.VEVENT)
			.orElseThrow();

		assertThat(vevent.getProperty(Property.URL)).isEmpty();
		assertThat(vevent.getProperty(Property.LOCATION)).isEmpty();
	}

	@Test
	void aWorkshopHeldInPersonHasItsVenueAsLocation() throws Exception {
		Event inPerson = new Event("uid-3@kulturskole.ks.no", 1, "Kulturskolen som lokalt ressurssenter",
				Instant.parse("2027-03-10T08:00:00Z"), Instant.parse("2027-03-10T10:30:00Z"), null,
				"ola@bodo.kommune.example", "Ola Nordmann", "verksted@kulturskole.example",
				"Kulturhuset, Storgata 1, Bodø");

		VEvent vevent = parse(this.invites.request(inPerson)).<VEvent>getComponent(Component.VEVENT).orElseThrow();

		assertThat(vevent.getProperty(Property.LOCATION).map(Property::getValue))
			.hasValue("Kulturhuset, Storgata 1, Bodø");
		assertThat(vevent.getProperty(Property.URL)).isEmpty();
	}

	private static Event event(int sequence, String meetingUrl) {
		return new Event("uid-1@kulturskole.ks.no", sequence, "Kulturskolen som lokalt ressurssenter",
				Instant.parse("2027-03-10T08:00:00Z"), Instant.parse("2027-03-10T10:30:00Z"), meetingUrl,
				"ola@bodo.kommune.example", "Ola Nordmann", "verksted@kulturskole.example");
	}

	static Calendar parse(CalendarInvite invite) throws Exception {
		return new CalendarBuilder().build(new StringReader(invite.content()));
	}

}
