package no.ks.kulturskole.workshop.calendar.application;

/** Writes the feed as an iCalendar file (RFC 5545). Implemented in infrastructure. */
public interface CalendarWriter {

	/**
	 * The same feed gives the same text, byte for byte, so that its hash can be the HTTP
	 * entity tag: nothing in it depends on the time of the request.
	 */
	String write(CalendarFeed feed);

}
