package no.ks.kulturskole.notification.confirmation.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.mail.model.CalendarInvite;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A delegate's calendar entry for their session: the times and meeting link as the
 * workshop replica knows them now (falling back to what the registration said), and the
 * workshop's revision plus its details changes plus the delegation's moves as SEQUENCE.
 */
@Component
public class DelegateInvitations {

	private final CalendarInvites calendarInvites;

	private final WorkshopReplica workshops;

	private final String organizerEmail;

	public DelegateInvitations(CalendarInvites calendarInvites, WorkshopReplica workshops,
			@Value("${platform.mail.from:verksted@kulturskole.example}") String organizerEmail) {
		this.calendarInvites = calendarInvites;
		this.workshops = workshops;
		this.organizerEmail = organizerEmail;
	}

	/**
	 * Only confirmed delegates get an entry: a waitlisted one has no seat to put in the
	 * calendar, and the meeting link is theirs only once confirmed.
	 */
	public Optional<CalendarInvite> request(DelegationView delegation, Delegate delegate) {
		return request(delegation, delegate, timesOf(delegation));
	}

	/** With the session's times already looked up for the rest of the same mail. */
	public Optional<CalendarInvite> request(DelegationView delegation, Delegate delegate, SessionTimes times) {
		if (delegation.waitlisted() || !"CONFIRMED".equals(delegation.status())) {
			return Optional.empty();
		}
		return event(delegation, delegate, 0, times).map(this.calendarInvites::request);
	}

	/**
	 * @param sequenceIncrement a cancellation must outrank the last update the calendar
	 * got, so it comes one above the workshop's sequence
	 */
	public Optional<CalendarInvite> cancel(DelegationView delegation, Delegate delegate, int sequenceIncrement) {
		return event(delegation, delegate, sequenceIncrement, timesOf(delegation)).map(this.calendarInvites::cancel);
	}

	/** The session's current times; {@code null} start when unknown. */
	public SessionTimes timesOf(DelegationView delegation) {
		Optional<WorkshopView> workshop = this.workshops.find(delegation.workshopId());
		Optional<WorkshopView.Session> session = workshop.flatMap((w) -> w.session(delegation.sessionId()));
		Instant startsAt = session.map(WorkshopView.Session::startsAt).orElse(delegation.sessionStartsAt());
		Instant endsAt = session.map(WorkshopView.Session::endsAt).orElse(delegation.sessionEndsAt());
		String meetingUrl = session.map(WorkshopView.Session::meetingUrl).orElse(null);
		int sequence = workshop.map(WorkshopView::sequence).orElse(0);
		String venue = workshop.map(WorkshopView::venue).orElse(null);
		String title = workshop.map(WorkshopView::title).orElse(delegation.workshopTitle());
		String language = (delegation.language() != null) ? delegation.language()
				: workshop.map(WorkshopView::language).orElse(null);
		return new SessionTimes(title, startsAt, endsAt, meetingUrl, sequence, language, venue);
	}

	private Optional<CalendarInvites.Event> event(DelegationView delegation, Delegate delegate, int sequenceIncrement,
			SessionTimes times) {
		if (times.startsAt() == null || delegate.email() == null) {
			return Optional.empty();
		}
		return Optional.of(new CalendarInvites.Event(calendarUid(delegate, delegation.workshopId()),
				times.sequence() + delegation.moves() + sequenceIncrement, times.title(), times.startsAt(),
				times.endsAt(), times.meetingUrl(), delegate.email(), delegate.name(), this.organizerEmail,
				times.venue()));
	}

	/**
	 * One per delegate and workshop (a delegate sits in one of its sessions at a time),
	 * and the same every time it is computed, so that later updates, moves to another
	 * session and cancellations replace the same calendar entry. Derived from ids only:
	 * no personal data in the UID.
	 */
	static String calendarUid(Delegate delegate, String workshopId) {
		byte[] source = (delegate.participantId() + "/" + workshopId).getBytes(StandardCharsets.UTF_8);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(source);
			return HexFormat.of().formatHex(digest, 0, 16) + "@kulturskole.ks.no";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * @param meetingUrl {@code null} when the workshop has none (yet)
	 * @param sequence the calendar SEQUENCE, see {@link WorkshopView#sequence()}
	 * @param language the language to write in: the delegation's choice, else the
	 * workshop's; {@code null} (then bokmål) when neither is known
	 * @param venue the address of a workshop held in person, else {@code null}
	 */
	public record SessionTimes(String title, Instant startsAt, Instant endsAt, String meetingUrl, int sequence,
			String language, String venue) {

	}

}
