package no.ks.kulturskole.notification.mail.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that talk to the SMTP server: a fixed number of them (by default the SMTP
 * bulkhead's concurrency, so the bulkhead is never the one that says no), fed through a
 * bounded queue. Whoever hands an e-mail over has already stored it as pending under a
 * lease, so what sits in this queue is only a copy: if the process dies, the lease runs
 * out and {@link PendingMailRetrier} sends it.
 * <p>
 * A full queue makes the caller wait (the Kafka listener then reads at SMTP speed instead
 * of filling the memory), up to {@code handOffWait}; after that the e-mail is left to the
 * retrier.
 */
final class MailSenders implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MailSenders.class);

	private static final ContextSnapshotFactory CONTEXT = ContextSnapshotFactory.builder().build();

	/** How long stopping waits for sends under way; their SMTP timeouts bound them. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(20);

	private final ThreadPoolExecutor executor;

	private final int threads;

	private final Duration handOffWait;

	private final AtomicInteger sending = new AtomicInteger();

	MailSenders(int threads, int queueCapacity, Duration handOffWait) {
		if (threads < 1 || queueCapacity < 1) {
			throw new IllegalArgumentException("at least one sender and one place in the queue");
		}
		this.threads = threads;
		this.handOffWait = handOffWait;
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(queueCapacity), Thread.ofPlatform().name("mail-sender-", 1).factory(),
				new ThreadPoolExecutor.AbortPolicy());
		// every sender exists from the start and takes work from the queue, which is what
		// lets offer() put work into the queue directly when it is full at first
		this.executor.prestartAllCoreThreads();
	}

	int threads() {
		return this.threads;
	}

	/** E-mails being sent at this moment. */
	int sending() {
		return this.sending.get();
	}

	/** E-mails handed over and waiting for a sender. */
	int queued() {
		return this.executor.getQueue().size();
	}

	/**
	 * Runs {@code send} on a sender thread.
	 * @return its outcome ({@code false} also if the senders were stopped before running
	 * it); empty if it was not taken: the queue stayed full for longer than the hand-off
	 * wait, or the senders are stopped
	 */
	Optional<CompletableFuture<Boolean>> offer(BooleanSupplier send) {
		Job job = new Job(send);
		return enqueue(job) ? Optional.of(job.outcome) : Optional.empty();
	}

	private boolean enqueue(Job job) {
		if (this.executor.isShutdown()) {
			return false;
		}
		try {
			this.executor.execute(job);
			return true;
		}
		catch (RejectedExecutionException full) {
			if (this.executor.isShutdown()) {
				return false;
			}
		}
		try {
			if (!this.executor.getQueue().offer(job, this.handOffWait.toMillis(), TimeUnit.MILLISECONDS)) {
				return false;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		// stopped meanwhile: take it back, nobody would run it
		return !(this.executor.isShutdown() && this.executor.getQueue().remove(job));
	}

	/**
	 * Stops at once: sends under way finish (their SMTP timeouts bound them), e-mails
	 * still waiting in the queue are dropped here and stay pending in the log, for
	 * whichever instance runs the retrier once their lease is over.
	 */
	@Override
	public void close() {
		// no new work; what waits in the queue is dropped, but the sends under way are
		// not interrupted, so that each still stores its outcome
		this.executor.shutdown();
		List<Runnable> dropped = new ArrayList<>();
		this.executor.getQueue().drainTo(dropped);
		dropped.forEach((job) -> ((Job) job).abandon());
		if (!dropped.isEmpty()) {
			log.info("Stopped with {} e-mails not yet handed to SMTP; they stay pending", dropped.size());
		}
		try {
			if (!this.executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("E-mail senders still busy after {}", STOP_WAIT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private final class Job implements Runnable {

		private final BooleanSupplier send;

		/**
		 * The hand-over's trace (the consumed event's) and MDC, so the SMTP call and its
		 * log lines belong to the trace of the request that caused the e-mail.
		 */
		private final ContextSnapshot context = CONTEXT.captureAll();

		private final CompletableFuture<Boolean> outcome = new CompletableFuture<>();

		Job(BooleanSupplier send) {
			this.send = send;
		}

		@Override
		public void run() {
			MailSenders.this.sending.incrementAndGet();
			try (ContextSnapshot.Scope scope = this.context.setThreadLocals()) {
				this.outcome.complete(this.send.getAsBoolean());
			}
			catch (RuntimeException ex) {
				// e.g. MongoDB away when storing the outcome: the e-mail stays pending
				// and the retrier takes it up when its lease is over
				log.warn("Sending an e-mail ended in {}", ex.getClass().getSimpleName());
				this.outcome.complete(false);
			}
			finally {
				MailSenders.this.sending.decrementAndGet();
			}
		}

		void abandon() {
			this.outcome.complete(false);
		}

	}

}
