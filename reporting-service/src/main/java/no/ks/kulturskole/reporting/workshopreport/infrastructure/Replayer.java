package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.support.privacy.PersonalDataSeals;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The replay of a {@link ReadModelRebuild}: applies replayed records to one generation's
 * collections; no listeners, so the dashboard hears of the switch, not of every replayed
 * event. Public for the benchmark.
 * <p>
 * Until {@link #flush()} every workshop report is folded in memory
 * ({@link FoldedReports}): the replay reads each partition from its beginning, so a
 * report is loaded never and written once, in bulk. The work is spread over threads while
 * the caller polls the next records:
 * <ol>
 * <li>each poll is deserialised in slices on parallel threads (one reused reader per
 * topic in {@link ReplayReader});</li>
 * <li>its events are then handed, in the poll's order and poll after poll, to the shard
 * that owns their report ({@link FoldingShards}): shard = hash of the workshop id, one
 * thread and one {@link FoldedReports} per shard. A report is folded by one thread only,
 * with its events in the order read, exactly as a single thread would; reports never
 * share state, so the shards need no locks;</li>
 * <li>when the caller has read a round of partitions to their end
 * ({@link #partitionsDone()}), the reports folded so far are written by a writer thread
 * while the shards fold the next round;</li>
 * <li>{@link #flush()} waits for all of it, and each shard maps its reports to documents
 * and inserts them in bulk, a chunk at a time, the shards at once.</li>
 * </ol>
 * At most {@value #IN_FLIGHT} polls are in the pipeline at once, so memory stays bounded
 * by the read model, not by the topics. Pilot applications (few, one document each) are
 * applied in order on a thread of their own. After the flush (the final catch-up while
 * live consumers are paused: a few records) records are applied to the stored reports
 * like live batches, on the caller's thread.
 * <p>
 * {@link #apply} and {@link #flush} are called from one thread; a failure on a worker is
 * thrown by the next of them.
 */
public final class Replayer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Replayer.class);

	/** Polls deserialised or folded at once; the caller polls the next meanwhile. */
	static final int IN_FLIGHT = 3;

	/** Fewer records than this are not worth another deserialising thread. */
	private static final int SLICE = 250;

	private final MongoTemplate mongo;

	private final String generation;

	private final ReplayReader reader;

	private final MongoWorkshopReportStore stored;

	private final WorkshopReportProjection onStored;

	private final PilotProjection pilots;

	private final FoldingShards shards;

	private final ExecutorService deserialisers;

	private final ExecutorService pilotThread;

	private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private final LongAdder skipped = new LongAdder();

	private final ReplayPhases phases = new ReplayPhases();

	private CompletableFuture<Void> handedOver = CompletableFuture.completedFuture(null);

	private boolean flushed;

	/** As many threads as the machine has cores, at least 2 and at most 4. */
	public Replayer(MongoTemplate mongo, JsonMapper json, MunicipalityRegister register, String generation) {
		this(mongo, json, register, generation, Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
	}

	/**
	 * @param threads deserialising threads, and as many folding shards
	 */
	public Replayer(MongoTemplate mongo, JsonMapper json, MunicipalityRegister register, String generation,
			int threads) {
		this.mongo = mongo;
		this.generation = generation;
		this.reader = new ReplayReader(json, this::skip);
		MunicipalityDirectory directory = new MunicipalityDirectory(register);
		this.stored = new MongoWorkshopReportStore(mongo, () -> ActiveGeneration.workshopReports(generation));
		this.onStored = new WorkshopReportProjection(this.stored, directory);
		this.pilots = new PilotProjection(
				new MongoPilotApplicationStore(mongo, () -> ActiveGeneration.pilotApplications(generation)), directory);
		this.shards = new FoldingShards(directory, threads, this.phases, this::skip, this.stored, this.onStored);
		this.deserialisers = Executors.newFixedThreadPool(threads,
				Thread.ofPlatform().name("read-model-rebuild-read-", 0).daemon().factory());
		this.pilotThread = thread("read-model-rebuild-pilots");
	}

	/**
	 * @param seals opens personal fields (the live consumers' keys); {@code null} leaves
	 * them sealed
	 */
	public Replayer openingPersonalDataWith(PersonalDataSeals seals) {
		this.reader.openingPersonalDataWith(seals);
		return this;
	}

	private static ExecutorService thread(String name) {
		return Executors.newSingleThreadExecutor(Thread.ofPlatform().name(name).daemon().factory());
	}

	public void dropCollections() {
		this.mongo.dropCollection(ActiveGeneration.workshopReports(this.generation));
		this.mongo.dropCollection(ActiveGeneration.pilotApplications(this.generation));
	}

	/**
	 * Applies what one poll brought, in each partition's order. Before the flush it
	 * returns once the poll is in the pipeline; after it, once the poll is applied.
	 */
	public void apply(List<ConsumerRecord<byte[], byte[]>> records) {
		if (this.flushed) {
			applyToStored(records);
			return;
		}
		rethrowFailure();
		try {
			this.inFlight.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while replaying", ex);
		}
		List<CompletableFuture<List<SourcedEvent>>> slices = new ArrayList<>();
		int size = Math.max(SLICE, Math.ceilDiv(records.size(), this.shards.size()));
		for (int from = 0; from < records.size(); from += size) {
			List<ConsumerRecord<byte[], byte[]>> slice = records.subList(from, Math.min(from + size, records.size()));
			slices.add(CompletableFuture.supplyAsync(() -> read(slice), this.deserialisers));
		}
		// handed over after the previous poll, so every shard gets its events in
		// order
		this.handedOver = CompletableFuture.allOf(slices.toArray(CompletableFuture[]::new))
			.thenCombine(this.handedOver, (read, previous) -> previous)
			.thenRun(() -> handOver(slices.stream().flatMap(slice -> slice.join().stream()).toList()))
			.exceptionally((ex) -> {
				fail(ex);
				this.inFlight.release();
				return null;
			});
	}

	/**
	 * The partitions read so far are read to their end
	 * ({@link TopicReplay#catchUpInRounds}): the reports folded so far are written, in
	 * bulk, while the caller reads on. A report whose events are not all in those
	 * partitions still comes out right, only slower: its later events are applied to it
	 * as stored.
	 */
	public void partitionsDone() {
		if (this.flushed) {
			return;
		}
		rethrowFailure();
		// after the polls handed over so far, so each shard hands the reports it folded
		// from them
		this.handedOver = this.handedOver.thenRun(this.shards::writeFoldedSoFar).exceptionally((ex) -> {
			fail(ex);
			return null;
		});
	}

	/**
	 * Waits until every record applied so far is folded, then writes the reports folded
	 * in memory, in bulk, into the generation's collection, every shard at once (and
	 * waits for those written while the caller read); later records go to the stored
	 * reports.
	 */
	public void flush() {
		if (this.flushed) {
			return;
		}
		long start = System.nanoTime();
		try {
			this.inFlight.acquire(IN_FLIGHT);
			this.inFlight.release(IN_FLIGHT);
			this.handedOver.join();
			rethrowFailure();
			this.shards.writeAll().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while replaying", ex);
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		finally {
			this.phases.flushed(System.nanoTime() - start);
		}
		this.flushed = true;
		close();
	}

	/** Ends the threads; the replay's records not yet flushed are dropped. */
	@Override
	public void close() {
		this.shards.close();
		this.deserialisers.shutdownNow();
		this.pilotThread.shutdownNow();
	}

	private List<SourcedEvent> read(List<ConsumerRecord<byte[], byte[]>> records) {
		long start = ReplayPhases.cpuTime();
		List<SourcedEvent> events = this.reader.read(records);
		this.phases.deserialising.add(ReplayPhases.cpuTime() - start);
		return events;
	}

	/**
	 * One poll's events to the shards that own their reports, and pilots to theirs.
	 */
	private void handOver(List<SourcedEvent> events) {
		List<SourcedEvent> others = new ArrayList<>();
		List<CompletableFuture<Void>> work = new ArrayList<>(this.shards.handOver(events, others));
		// the rest is pilots, or of no report (a mail about a pilot application)
		List<SourcedEvent> pilotEvents = others.stream()
			.filter(sourced -> sourced.event() instanceof PilotEvent)
			.toList();
		if (!pilotEvents.isEmpty()) {
			work.add(CompletableFuture.runAsync(() -> applyPilots(pilotEvents), this.pilotThread));
		}
		CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).whenComplete((done, ex) -> {
			if (ex != null) {
				fail(ex);
			}
			this.inFlight.release();
		});
	}

	/** After the flush: like a live batch, on the stored reports. */
	private void applyToStored(List<ConsumerRecord<byte[], byte[]>> records) {
		List<SourcedEvent> events = read(records);
		this.onStored.apply(events).forEach(refused -> skip(refused.event().position(), refused.cause()));
		applyPilots(events);
	}

	private void applyPilots(List<SourcedEvent> events) {
		for (SourcedEvent sourced : events) {
			if (sourced.event() instanceof PilotEvent pilot) {
				try {
					this.pilots.apply(pilot, sourced.position());
				}
				catch (IllegalStateException | IllegalArgumentException ex) {
					skip(sourced.position(), ex);
				}
			}
		}
	}

	/**
	 * An unknown type (a newer producer) or a record the live consumers dead-lettered as
	 * well: ids only, events carry personal data.
	 */
	private void skip(SourcePosition at, RuntimeException cause) {
		this.skipped.increment();
		log.warn("Rebuild skipped {}-{}@{}: {}", at.topic(), at.partition(), at.offset(),
				cause.getClass().getSimpleName());
	}

	private void fail(Throwable ex) {
		Throwable cause = (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
		this.failure.compareAndSet(null, cause);
	}

	private void rethrowFailure() {
		Throwable failed = this.failure.get();
		if (failed != null) {
			close();
			throw (failed instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("The replay failed", failed);
		}
	}

	public long skipped() {
		return this.skipped.sum();
	}

	/**
	 * Where the time went, for the benchmark: the CPU time of each phase on this side of
	 * the connection, summed over the threads that ran it (CPU time means the same on a
	 * busy machine; the server's share of an insert is not in it), and the wall time of
	 * the flush, the server's share included.
	 */
	public String phases() {
		return this.phases.describe(this.shards.size());
	}

}
