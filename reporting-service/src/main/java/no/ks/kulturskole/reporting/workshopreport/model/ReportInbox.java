package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.ks.kulturskole.support.inbox.AppliedEvents;
import no.ks.kulturskole.support.inbox.EventOrder;

/**
 * A report's part of the platform's inbox: the sequence guard is the offset of the last
 * record applied per source partition (one workshop's records of one topic sit in one
 * partition, in order: {@link EventOrder#advances}), and the ids of the last
 * {@link WorkshopReportDraft#RECENT_EVENTS} events applied ({@link AppliedEvents}) catch
 * an event the relay published again at a new offset. Both are kept in the report's
 * document, written with the report.
 */
final class ReportInbox {

	private final Map<String, Long> positions = new TreeMap<>();

	private AppliedEvents recent = AppliedEvents.NONE;

	static ReportInbox of(ReportBookkeeping bookkeeping) {
		ReportInbox inbox = new ReportInbox();
		inbox.positions.putAll(bookkeeping.positions());
		inbox.recent = AppliedEvents.of(bookkeeping.recentEvents());
		return inbox;
	}

	/**
	 * Whether the record is above the last one applied from its partition and its event
	 * is not among the recent ones.
	 * @param stream the source partition, e.g. {@code registration_events-1}
	 */
	boolean isNew(String stream, long offset, String eventId) {
		return EventOrder.advances(this.positions.get(stream), offset) && !this.recent.contains(eventId);
	}

	void applied(String stream, long offset, String eventId) {
		this.positions.merge(stream, offset, Math::max);
		this.recent = this.recent.with(eventId, WorkshopReportDraft.RECENT_EVENTS);
	}

	Map<String, Long> positions() {
		return this.positions;
	}

	List<String> recentEvents() {
		return this.recent.ids();
	}

}
