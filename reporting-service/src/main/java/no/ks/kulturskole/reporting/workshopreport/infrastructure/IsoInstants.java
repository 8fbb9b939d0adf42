package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the instants of replayed events without {@code DateTimeFormatter}: the rebuild's
 * profile showed Jackson's {@link InstantDeserializer} (a {@code DateTimeFormatter} parse
 * per field, three to five per event) as about 40 % of deserialising. Producers write
 * instants as {@link Instant#toString()} does ({@code 2027-03-10T08:00:00.123Z}); exactly
 * that form (UTC, seconds, 0 to 9 fraction digits, hours 00–23, seconds 00–59) is read
 * here by hand, and anything else (offsets, numbers, leap seconds, {@code 24:00}, invalid
 * dates) by Jackson's own deserializer, so every instant is the one the live consumers
 * read, and what they refuse is refused here too ({@code IsoInstantsTests}).
 */
final class IsoInstants extends StdScalarDeserializer<Instant> {

	private IsoInstants() {
		super(Instant.class);
	}

	/** The given mapper, as configured, with this reading of instants. */
	static JsonMapper readingFast(JsonMapper json) {
		return json.rebuild()
			.addModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new IsoInstants()))
			.build();
	}

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			Instant instant = parse(parser.getString());
			if (instant != null) {
				return instant;
			}
		}
		return InstantDeserializer.INSTANT.deserialize(parser, context);
	}

	/**
	 * @return {@code null} unless the text is exactly in the form
	 * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date and time
	 */
	static Instant parse(String text) {
		int length = text.length();
		if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
				|| text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
				|| text.charAt(length - 1) != 'Z') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return null;
		}
		int nanos = 0;
		if (length > 20) {
			if (text.charAt(19) != '.') {
				return null;
			}
			int fraction = digits(text, 20, length - 1);
			if (fraction < 0) {
				return null;
			}
			nanos = fraction;
			for (int scale = length - 21; scale < 9; scale++) {
				nanos *= 10;
			}
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			// an invalid date: Jackson's deserializer says how
			return null;
		}
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
	}

	/** The decimal number in {@code text[from, to)}, or -1 if it is not all digits. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
