package no.ks.kulturskole.reporting.workshopreport.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a draft remembers of the events it applied, so that one read or published again
 * changes nothing: the offset watermark per source partition (a record read again) and
 * the ids of the last {@value WorkshopReportDraft#RECENT_EVENTS} events (an event the
 * outbox relay published again). Both stay bounded: by the partitions and by a constant.
 * <p>
 * Not thread-safe, like the draft that holds it.
 */
final class AppliedEvents {

	private final Map<String, Long> positions = new TreeMap<>();

	private final Deque<String> recentEvents = new ArrayDeque<>();

	AppliedEvents() {
	}

	AppliedEvents(Map<String, Long> positions, List<String> recentEvents) {
		this.positions.putAll(positions);
		this.recentEvents.addAll(recentEvents);
	}

	/**
	 * Whether the event has not been applied yet: its record is above the last one
	 * applied from its partition, and its id is not among the last ones applied.
	 */
	boolean isNew(String stream, long offset, String eventId) {
		Long last = this.positions.get(stream);
		return (last == null || offset > last) && !this.recentEvents.contains(eventId);
	}

	void applied(String stream, long offset, String eventId) {
		this.positions.merge(stream, offset, Math::max);
		this.recentEvents.addLast(eventId);
		while (this.recentEvents.size() > WorkshopReportDraft.RECENT_EVENTS) {
			this.recentEvents.removeFirst();
		}
	}

	Map<String, Long> positions() {
		return this.positions;
	}

	List<String> recentEvents() {
		return List.copyOf(this.recentEvents);
	}

}
