package no.ks.kulturskole.support.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids of the last events applied to one aggregate, oldest first, at most
 * {@link #REMEMBERED}: the dedup half of the inbox, kept in the same document as the
 * state the events changed, so that the change and the memory of it are one write (no
 * transaction needed).
 * <p>
 * Bounded because nothing in a document may grow without limit (issue 11): a redelivery
 * (an offset committed late, a relay that republishes after a crash, a dead letter
 * re-driven) reaches back a handful of events, never {@value #REMEMBERED}. What it does
 * not remember any more is kept safe by the sequence guard ({@link EventOrder}) where the
 * event overwrites state.
 *
 * @param ids the remembered ids, oldest first
 */
public record AppliedEvents(List<String> ids) {

	/**
	 * How many ids are remembered: far more than a redelivery reaches back (a workshop
	 * sees a few dozen staff changes in its life), and a constant, so the document stays
	 * bounded.
	 */
	public static final int REMEMBERED = 256;

	public static final AppliedEvents NONE = new AppliedEvents(List.of());

	public AppliedEvents {
		ids = (ids != null) ? List.copyOf(trimmed(ids, REMEMBERED)) : List.of();
	}

	public static AppliedEvents of(List<String> ids) {
		return new AppliedEvents(ids);
	}

	/**
	 * Whether the event was applied already: then applying it again must change nothing.
	 */
	public boolean contains(String eventId) {
		return this.ids.contains(eventId);
	}

	/**
	 * These ids and {@code eventId}, the oldest forgotten beyond {@link #REMEMBERED};
	 * unchanged when the id is remembered already.
	 */
	public AppliedEvents with(String eventId) {
		return with(eventId, REMEMBERED);
	}

	/**
	 * @param remembered a smaller bound for a consumer whose duplicates reach back less
	 * far (reporting's recent events)
	 */
	public AppliedEvents with(String eventId, int remembered) {
		if (eventId == null || contains(eventId)) {
			return this;
		}
		List<String> next = new ArrayList<>(this.ids);
		next.add(eventId);
		return new AppliedEvents(trimmed(next, Math.min(remembered, REMEMBERED)));
	}

	private static List<String> trimmed(List<String> ids, int remembered) {
		return (ids.size() > remembered) ? ids.subList(ids.size() - remembered, ids.size()) : ids;
	}

}
