package no.ks.kulturskole.notification.confirmation.application;

import java.time.Instant;

import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.mail.model.CalendarInvite;

/** Makes the iCalendar attachments for a delegate's session. */
public interface CalendarInvites {

	/**
	 * @param uid stable for one delegate in one session, so that every later update or
	 * cancellation replaces the same calendar entry
	 * @param sequence the workshop's {@link WorkshopView#sequence()}: a higher one
	 * replaces what the calendar has
	 * @param meetingUrl only for confirmed delegates; {@code null} otherwise
	 * @param venue the address of a workshop held in person; {@code null} otherwise
	 */
	CalendarInvite request(Event event);

	CalendarInvite cancel(Event event);

	record Event(String uid, int sequence, String summary, Instant startsAt, Instant endsAt, String meetingUrl,
			String attendeeEmail, String attendeeName, String organizerEmail, String venue) {

		public Event(String uid, int sequence, String summary, Instant startsAt, Instant endsAt, String meetingUrl,
				String attendeeEmail, String attendeeName, String organizerEmail) {
			this(uid, sequence, summary, startsAt, endsAt, meetingUrl, attendeeEmail, attendeeName, organizerEmail,
					null);
		}

		@Override
		public String toString() {
			return "Event[" + this.uid + ", seq " + this.sequence + "]";
		}

	}

}
