package no.ks.kulturskole.support.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * What every iCalendar file of the platform shares, whether an invitation mailed by
 * notification-service or the public feed of workshop-service: who made it, and the
 * Europe/Oslo zone its times are written in. Needs ical4j, which service-support leaves
 * to the services that write calendars.
 */
public final class OsloCalendar {

	/** The PRODID of every calendar the platform writes. */
	public static final String PRODUCT_ID = "-//KS og Norsk kulturskoleråd//Fremtidens kulturskole//NO";

	/** The workshops' zone; every DTSTART and DTEND refers to it by TZID. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

	private OsloCalendar() {
	}

	/**
	 * Europe/Oslo as calendar programs write it themselves: today's rules only (EU summer
	 * time since 1996), a few hundred bytes. ical4j's own definition is not used: its
	 * zone data links Oslo to Europe/Berlin, so the VTIMEZONE would carry a TZID no
	 * DTSTART refers to, and it lists every transition since 1893. A new instance each
	 * time: ical4j's components are mutable.
	 */
	public static VTimeZone timeZone() {
		Standard winter = new Standard();
		winter.add(new TzName("CET"));
		winter.add(new DtStart<>(LocalDateTime.parse("1970-10-25T03:00:00")));
		winter.add(new TzOffsetFrom(ZoneOffset.ofHours(2)));
		winter.add(new TzOffsetTo(ZoneOffset.ofHours(1)));
		winter.add(new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
		Daylight summer = new Daylight();
		summer.add(new TzName("CEST"));
		summer.add(new DtStart<>(LocalDateTime.parse("1970-03-29T02:00:00")));
		summer.add(new TzOffsetFrom(ZoneOffset.ofHours(1)));
		summer.add(new TzOffsetTo(ZoneOffset.ofHours(2)));
		summer.add(new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
		VTimeZone zone = new VTimeZone();
		zone.add(new TzId(ZONE.getId()));
		zone.add(winter);
		zone.add(summer);
		return zone;
	}

}
