package no.ks.kulturskole.support.outbox;

import java.util.List;

import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.Publication;

/**
 * The relay's way of sending a chunk: all of it in flight at once while the broker takes
 * everything, one record at a time (send, wait for the acknowledgement, then the next)
 * from the first failure on, until a whole chunk went through again.
 * <p>
 * Why: with several records in flight, a record that fails (its batch expired while the
 * broker was away, an {@code OutOfOrderSequenceException} after the producer reset its
 * sequence numbers) can be followed by later records of the same key that the broker does
 * accept. The relay then sends the failed one again, and its first copy lands
 * <em>behind</em> a later event's: a consumer that orders by sequence would drop it. The
 * broker being flaky is exactly when that happens, and it stays flaky for a while after
 * the first failure (a restart, a leader election), so after a failure no record is sent
 * before the one in front of it was acknowledged: a later record can then not overtake a
 * failed one. The cost, one round trip per record, is paid only while recovering: a
 * healthy broker gets whole chunks (a rush's thousands of events in a second rather than
 * tens).
 * <p>
 * Not thread-safe for concurrent chunks; the relay sends one chunk at a time.
 */
final class OneInFlightAfterFailure implements EventPublisher {

	private final EventPublisher publisher;

	private volatile boolean recovering;

	OneInFlightAfterFailure(EventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public Publication publishAll(List<OutboxEntry> entries) {
		Publication publication = this.recovering ? oneAtATime(entries) : this.publisher.publishAll(entries);
		this.recovering = publication.acknowledged() < entries.size();
		return publication;
	}

	/** Whether the last chunk failed, so the next goes one record at a time. */
	boolean recovering() {
		return this.recovering;
	}

	private Publication oneAtATime(List<OutboxEntry> entries) {
		for (int i = 0; i < entries.size(); i++) {
			Publication one = this.publisher.publishAll(List.of(entries.get(i)));
			if (one.acknowledged() < 1) {
				return new Publication(i, one.refusedForGood(), one.refusal());
			}
		}
		return Publication.all(entries.size());
	}

}
