package no.ks.kulturskole.support.inbox;

/**
 * Newest wins (issue 12): the sequence guard of the inbox, in memory. A producer numbers
 * the events of one aggregate ({@code delegationSequence}, a workshop's {@code revision},
 * a partition's offset); a consumer that overwrites state with an event keeps the number
 * of the event it applied last and lets only a later one overwrite it, so a late
 * duplicate never moves state backwards.
 * <p>
 * Sequence 0 (or less) means "not numbered" (events from before the producer numbered
 * them): such an event is applied as it comes. The MongoDB filters saying the same are
 * {@link no.ks.kulturskole.support.inbox.mongo.Inbox#notNewerThan} and
 * {@link no.ks.kulturskole.support.inbox.mongo.Inbox#olderThan}.
 */
public final class EventOrder {

	private EventOrder() {
	}

	/**
	 * For state set from the event (a seat, a status): the event applies unless a newer
	 * one was applied. The same sequence applies again, which re-applies the same state:
	 * a redelivery is harmless.
	 * @param stored the sequence applied last, {@code null} when none was
	 */
	public static boolean applies(Long stored, long sequence) {
		return sequence <= 0 || stored == null || stored <= sequence;
	}

	/**
	 * For a change that must happen once per sequence (it is counted, or mailed): only a
	 * strictly later sequence applies.
	 * @param stored the sequence applied last, {@code null} when none was
	 */
	public static boolean advances(Long stored, long sequence) {
		return stored == null || stored < sequence;
	}

}
