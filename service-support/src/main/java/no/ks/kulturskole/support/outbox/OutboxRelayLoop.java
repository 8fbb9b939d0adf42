package no.ks.kulturskole.support.outbox;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on a thread of its own: documents the writers name are published as soon
 * as they are written ({@link OutboxRelay#relayWritten}), and every {@code sweepInterval}
 * every collection is swept for what was left behind ({@link OutboxRelay#relayPending}).
 * Rounds follow each other at once while writers keep storing; when nothing new is
 * written it waits at most {@code pollInterval} (also the pace of retries while the
 * broker is away or another instance holds a document).
 */
public class OutboxRelayLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelayLoop.class);

	private final OutboxRelay relay;

	private final Duration pollInterval;

	private final Duration sweepInterval;

	private volatile Thread thread;

	public OutboxRelayLoop(OutboxRelay relay, Duration pollInterval, Duration sweepInterval) {
		this.relay = relay;
		this.pollInterval = pollInterval;
		this.sweepInterval = sweepInterval;
	}

	@Override
	public synchronized void start() {
		if (this.thread == null) {
			// assigned before it starts: the loop runs while it is the thread, and a
			// thread
			// started first could look before the assignment, see none and end at once
			// (the
			// relay then never swept again: an intermittent test failure under load)
			Thread created = Thread.ofPlatform().name("outbox-relay").daemon().unstarted(this::run);
			this.thread = created;
			created.start();
		}
	}

	@Override
	public synchronized void stop() {
		Thread running = this.thread;
		this.thread = null;
		if (running != null) {
			running.interrupt();
			try {
				// a publish under way finishes, so its entries are pulled, not sent again
				running.join(Duration.ofSeconds(15));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void run() {
		// the first sweep at once: what a previous run of the service left behind
		long nextSweep = System.nanoTime();
		while (this.thread == Thread.currentThread()) {
			try {
				if (System.nanoTime() - nextSweep >= 0) {
					this.relay.relayPending();
					nextSweep = System.nanoTime() + this.sweepInterval.toNanos();
				}
				this.relay.relayWritten();
				// at once when writers stored more while this round published (it used to
				// sleep the poll interval then, and in a rush that was most of the time
				// from a registration's answer until its events were on the topic);
				// what is left over (held by another instance, the broker away) waits
				this.relay.awaitWritten(this.pollInterval);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay round failed: {}", ex.toString());
			}
		}
	}

}
