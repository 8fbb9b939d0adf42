package no.ks.kulturskole.registration.delegation.application;

import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import no.ks.kulturskole.support.outbox.EventOrigin;

/**
 * One request queued in a {@link WriteLane}: its decision, when it was accepted, and the
 * answer its caller waits for until the batch it is part of has been stored (or refused).
 *
 * @param <T> what the caller gets back
 */
final class PendingWrite<T> {

	final WorkshopDecision<T> decision;

	/** What to throw when the workshop is not known. */
	final Supplier<? extends RuntimeException> ifAbsent;

	/** Whether the document's size budget applies (not to workshop events). */
	final boolean budgeted;

	/** Stamped under the lane's lock, so the stamps never go backwards along a queue. */
	final Instant acceptedAt;

	/** The request's correlation id and trace, for the outbox entries. */
	final EventOrigin origin;

	private final CompletableFuture<T> result = new CompletableFuture<>();

	PendingWrite(WorkshopDecision<T> decision, Supplier<? extends RuntimeException> ifAbsent, boolean budgeted,
			Instant acceptedAt, EventOrigin origin) {
		this.decision = decision;
		this.ifAbsent = ifAbsent;
		this.budgeted = budgeted;
		this.acceptedAt = acceptedAt;
		this.origin = origin;
	}

	void complete(T answer) {
		this.result.complete(answer);
	}

	void fail(Throwable failure) {
		this.result.completeExceptionally(failure);
	}

	/** Blocks the caller (a virtual thread, typically) until its batch is done. */
	T await() {
		try {
			return this.result.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("Interrupted while waiting for workshop writer");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
