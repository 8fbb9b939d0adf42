package no.ks.kulturskole.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import no.ks.kulturskole.support.messaging.EventPublisher;
import no.ks.kulturskole.support.messaging.Publication;

/**
 * The real publisher, with a pause after one of its calls: how a test holds a relay
 * between two chunks (a stalled instance) while another one acts. Everything it sends
 * reaches the real broker.
 */
final class PausingPublisher implements EventPublisher {

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

	private final EventPublisher delegate;

	private final int pauseAfterCall;

	private final AtomicInteger calls = new AtomicInteger();

	private final CountDownLatch paused = new CountDownLatch(1);

	private final CountDownLatch resumed = new CountDownLatch(1);

	PausingPublisher(EventPublisher delegate, int pauseAfterCall) {
		this.delegate = delegate;
		this.pauseAfterCall = pauseAfterCall;
	}

	@Override
	public Publication publishAll(List<OutboxEntry> entries) {
		Publication publication = this.delegate.publishAll(entries);
		if (this.calls.incrementAndGet() == this.pauseAfterCall) {
			this.paused.countDown();
			try {
				if (!this.resumed.await(LONGEST_PAUSE.toMillis(), TimeUnit.MILLISECONDS)) {
					throw new IllegalStateException("The test never resumed the publisher");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return publication;
	}

	/** Waits until the relay is held in its pause. */
	void awaitPause() throws InterruptedException {
		if (!this.paused.await(LONGEST_PAUSE.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("The relay never reached its pause");
		}
	}

	void resume() {
		this.resumed.countDown();
	}

	int calls() {
		return this.calls.get();
	}

}
