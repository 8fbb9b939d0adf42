package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The live consumers of this instance, which a rebuild pauses while it switches. Live
 * consumers apply under the read lock (concurrently), each batch against one generation
 * ({@link ActiveGeneration#applyLive}, which also holds back the other instances' batches
 * during a switch); the rebuild's final catch-up and switch hold the write lock, so no
 * live event of this instance is half applied to the old collections while the pointer
 * moves.
 */
public class LiveConsumption {

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final ActiveGeneration active;

	public LiveConsumption(ActiveGeneration active) {
		this.active = active;
	}

	/** Runs the action, which applies a batch of records. */
	public void applyBatch(Runnable action) {
		this.lock.readLock().lock();
		try {
			this.active.applyLive(action);
		}
		finally {
			this.lock.readLock().unlock();
		}
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
