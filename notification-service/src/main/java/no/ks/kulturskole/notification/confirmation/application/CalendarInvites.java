package no.ks.kulturskole.notification.confirmation.application;

import java.time.Instant;

import no.ks.kulturskole.notification.mail.model.CalendarInvite;

/** Makes the iCalendar attachments for a delegate's session. */
public interface CalendarInvites {

	/**
	 * @param uid stable for one delegate in one session, so that every later update or
	 * cancellation replaces the same calendar entry
	 * @param sequence the workshop's revision: a higher one replaces what the calendar
	 * has
	 * @param meetingUrl only for confirmed delegates; {@code null} otherwise
	 */
	CalendarInvite request(Event event);

	CalendarInvite cancel(Event event);

	record Event(String uid, int sequence, String summary, Instant startsAt, Instant endsAt, String meetingUrl,
			String attendeeEmail, String attendeeName, String organizerEmail) {

		@Override
		public String toString() {
			return "Event[" + this.uid + ", seq " + this.sequence + "]";
		}

	}

}
