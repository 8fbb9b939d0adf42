package no.ks.kulturskole.api.workshop;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Staff think in Norwegian wall-clock time; the model keeps instants. A time without an
 * offset is read as Europe/Oslo, a time with one (or with {@code Z}) is taken as given.
 */
public final class OsloTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

	private OsloTime() {
	}

	/**
	 * @param text {@code 2027-03-10T09:00}, {@code 2027-03-10T09:00:00+01:00} or
	 * {@code 2027-03-10T08:00:00Z}
	 * @throws java.time.format.DateTimeParseException when it is none of these
	 */
	public static Instant parse(String text) {
		TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), OffsetDateTime::from,
				LocalDateTime::from);
		if (parsed instanceof OffsetDateTime withOffset) {
			return withOffset.toInstant();
		}
		// In the spring gap the hour that does not exist moves forward; in the autumn
		// overlap the earlier (summer time) hour wins: java.time's rules, fine for
		// workshops held in office hours.
		return ((LocalDateTime) parsed).atZone(ZONE).toInstant();
	}

	public static LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZONE) : null;
	}

}
