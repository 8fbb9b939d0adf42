package no.ks.kulturskole.support.messaging;

/**
 * How far a {@link EventPublisher#publishAll} got.
 *
 * @param acknowledged how many entries, counted from the first, the broker acknowledged
 * @param refusedForGood whether the entry after them was refused for good (the broker or
 * the client will never take it: too large, not serialisable, an invalid topic), as
 * opposed to a transient failure (broker away, timeouts) after which the same entry may
 * well go through; always {@code false} when every entry was acknowledged
 * @param refusal the class of the exception that stopped the publishing, for logs and
 * metrics (never its message, which may quote the record); {@code null} when none did
 */
public record Publication(int acknowledged, boolean refusedForGood, String refusal) {

	public static Publication all(int acknowledged) {
		return new Publication(acknowledged, false, null);
	}

	public static Publication stoppedBy(int acknowledged, Throwable failure) {
		return new Publication(acknowledged, KafkaRefusals.isPermanent(failure),
				KafkaRefusals.rootCause(failure).getClass().getName());
	}

}
