package no.ks.kulturskole.gateway.staff;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import no.ks.kulturskole.api.workshop.OsloTime;

/**
 * What a staff form sent, as the services' typed requests want it: a field left blank is
 * no value; a number or time that cannot be read is refused by name ({@link Unreadable})
 * before anything is sent, since a typed request cannot carry it to the service to be
 * refused there.
 */
final class FormValues {

	private FormValues() {
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A whole number, or {@code null} when left blank. */
	static Integer integer(String field, String value) {
		String given = blankToNull(value);
		if (given == null) {
			return null;
		}
		try {
			return Integer.valueOf(given);
		}
		catch (NumberFormatException ex) {
			throw new Unreadable(field, "Skriv et helt tall.");
		}
	}

	/**
	 * A time as the form's date-time field sends it, read as Norwegian time (as
	 * workshop-service reads it), or {@code null} when left blank.
	 */
	static Instant time(String field, String value) {
		String given = blankToNull(value);
		if (given == null) {
			return null;
		}
		try {
			return OsloTime.parse(given);
		}
		catch (DateTimeParseException ex) {
			throw new Unreadable(field, "Skriv dato og klokkeslett, for eksempel 2027-03-10T09:00.");
		}
	}

	/** A form value the gateway cannot put in a typed request; the message names why. */
	static final class Unreadable extends RuntimeException {

		private final String field;

		Unreadable(String field, String message) {
			super(message);
			this.field = field;
		}

		String field() {
			return this.field;
		}

	}

}
