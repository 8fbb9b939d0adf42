package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import org.apache.kafka.common.TopicPartition;

/**
 * What the live consumers have applied, so that a rebuild can catch up exactly before it
 * switches. Live consumers apply under the read lock (concurrently); the rebuild's final
 * catch-up and switch hold the write lock, so no live event is half applied to the old
 * collections while the pointer moves, and everything a live consumer applied before is
 * in the new ones.
 */
public class LiveConsumption {

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	/** Next offset after the last applied record, per partition. */
	private final Map<TopicPartition, Long> applied = new ConcurrentHashMap<>();

	/**
	 * Runs the action, which applies a batch of records, and notes their positions as
	 * applied.
	 */
	public void applyBatch(List<SourcePosition> positions, Runnable action) {
		this.lock.readLock().lock();
		try {
			action.run();
			positions.forEach(at -> this.applied.merge(new TopicPartition(at.topic(), at.partition()), at.offset() + 1,
					Math::max));
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	Map<TopicPartition, Long> applied() {
		return Map.copyOf(this.applied);
	}

	void whilePaused(Runnable action) {
		this.lock.writeLock().lock();
		try {
			action.run();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
