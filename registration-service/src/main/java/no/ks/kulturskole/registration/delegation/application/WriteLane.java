package no.ks.kulturskole.registration.delegation.application;

import java.lang.ref.SoftReference;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore.Loaded;
import no.ks.kulturskole.support.outbox.EventOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue of one workshop in this instance, and its writer: a virtual thread that runs
 * while anything is queued, takes up to {@link #MAX_BATCH} requests at a time in the
 * order they were accepted and hands each batch to the {@link WorkshopWriter}'s group
 * commit. Also the document as this lane last stored it, so the next batch need not read
 * it again.
 */
final class WriteLane {

	private static final Logger log = LoggerFactory.getLogger(WriteLane.class);

	/** Enough to empty any realistic queue in one round, small enough for one update. */
	static final int MAX_BATCH = 128;

	/** Decides and stores one batch; the lane's writer thread calls it, one at a time. */
	@FunctionalInterface
	interface GroupCommit {

		void commit(WriteLane lane, List<PendingWrite<?>> batch);

	}

	final String workshopId;

	private final WorkshopRegistrationsStore store;

	private final GroupCommit groupCommit;

	private final ArrayDeque<PendingWrite<?>> queue = new ArrayDeque<>();

	private boolean writing;

	/**
	 * The document as this writer last stored it: the next batch decides on it without
	 * reading again. Only this lane writes the aggregate's fields in this instance (the
	 * outbox relay touches only the outbox, which the size overestimates at worst);
	 * another instance's write changes the version, the conditional update then fails and
	 * the lane reads afresh. Softly held: a workshop's registrations may be megabytes,
	 * and the lanes of quiet workshops must not pin them.
	 */
	private SoftReference<Loaded> stored = new SoftReference<>(null);

	WriteLane(String workshopId, WorkshopRegistrationsStore store, GroupCommit groupCommit) {
		this.workshopId = workshopId;
		this.store = store;
		this.groupCommit = groupCommit;
	}

	/** Read only by the lane's writer thread. */
	Optional<Loaded> current() {
		// near the budget, the real size counts: the relay may have emptied the outbox
		Loaded known = this.stored.get();
		if (known == null || known.bytes() > WorkshopWriter.BUDGET_BYTES / 2) {
			known = this.store.load(this.workshopId).orElse(null);
			remember(known);
		}
		return Optional.ofNullable(known);
	}

	void remember(Loaded loaded) {
		this.stored = new SoftReference<>(loaded);
	}

	void forget() {
		remember(null);
	}

	<T> PendingWrite<T> enqueue(WorkshopDecision<T> decision, Supplier<? extends RuntimeException> ifAbsent,
			boolean budgeted, Clock clock) {
		synchronized (this) {
			// stamped under the lock: along the queue, acceptance times never go back
			PendingWrite<T> pending = new PendingWrite<>(decision, ifAbsent, budgeted, clock.instant(),
					EventOrigin.current());
			this.queue.add(pending);
			if (!this.writing) {
				this.writing = true;
				Thread.ofVirtual().name("workshop-writer-" + this.workshopId).start(this::drain);
			}
			return pending;
		}
	}

	private void drain() {
		while (true) {
			List<PendingWrite<?>> batch = new ArrayList<>();
			synchronized (this) {
				while (!this.queue.isEmpty() && batch.size() < MAX_BATCH) {
					batch.add(this.queue.poll());
				}
				if (batch.isEmpty()) {
					this.writing = false;
					return;
				}
			}
			try {
				this.groupCommit.commit(this, batch);
			}
			catch (RuntimeException | Error ex) {
				forget();
				// the database is away or similar: every request of the batch hears it
				log.warn("Workshop {}: a batch of {} could not be stored: {}", this.workshopId, batch.size(),
						ex.toString());
				batch.forEach(pending -> pending.fail(ex));
			}
		}
	}

}
