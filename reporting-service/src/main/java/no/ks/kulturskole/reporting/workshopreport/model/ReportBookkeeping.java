package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;
import java.util.Map;

/**
 * What a workshop report remembers besides what it shows, so that an event applied once
 * changes nothing when it comes again. Every part is bounded by the workshop's size or by
 * a constant, never by the number of events:
 *
 * @param positions per source partition ({@code registration_events-1}) the offset of the
 * last record applied from it: a record read again is at or below it. As many entries as
 * the topics have partitions
 * @param recentEvents ids of the last events applied, at most
 * {@link WorkshopReportDraft#RECENT_EVENTS}: the outbox relay publishes an entry again
 * only right after publishing it once (it crashed between the acknowledgement and
 * removing the entry), so a republished event is caught here
 * @param countedMails {@code sent:<mailId>} or {@code failed:<mailId>} of every mail
 * counted: one per mail notification-service sent, so bounded by the workshop's
 * participants times the kinds of mail, and a republished mail event counts once however
 * late it comes
 * @param removedParticipants ids of participants removed, replaced or cancelled with
 * their delegation, so that their registration, read again, does not bring them back;
 * bounded by the participants the workshop ever had
 */
public record ReportBookkeeping(Map<String, Long> positions, List<String> recentEvents, List<String> countedMails,
		List<String> removedParticipants) {

	public static final ReportBookkeeping NONE = new ReportBookkeeping(Map.of(), List.of(), List.of(), List.of());

	public ReportBookkeeping {
		positions = (positions != null) ? Map.copyOf(positions) : Map.of();
		recentEvents = (recentEvents != null) ? List.copyOf(recentEvents) : List.of();
		countedMails = (countedMails != null) ? List.copyOf(countedMails) : List.of();
		removedParticipants = (removedParticipants != null) ? List.copyOf(removedParticipants) : List.of();
	}

}
