package no.ks.kulturskole.support.inbox;

/**
 * The key of a side effect that must happen once (an e-mail): derived from what the inbox
 * already orders by, so that a redelivered event produces the same key and the effect's
 * store (which keeps at most one effect per key) drops the second. The same idea as
 * {@link AppliedEvents}, for what cannot be undone in a document update.
 */
public final class EffectKey {

	private EffectKey() {
	}

	/**
	 * For a one-off fact that can happen any number of times (a new link, a move): the
	 * event's id, so a redelivery of the event is the same effect and a new event a new
	 * one.
	 */
	public static String ofEvent(Object eventId) {
		if (eventId == null) {
			throw new IllegalArgumentException("eventId is required");
		}
		return "e" + eventId;
	}

	/**
	 * For a fact that has versions (a registration is version 1, the second reschedule
	 * version 3): the aggregate's sequence, so each version is told once.
	 */
	public static String ofVersion(long version) {
		if (version < 1) {
			throw new IllegalArgumentException("version must be positive");
		}
		return "v" + version;
	}

}
