package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.ReadModelRebuilds;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus.State;
import no.ks.kulturskole.support.kafka.KafkaClientSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectReader;
import no.ks.kulturskole.support.privacy.PersonalDataSeals;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rebuilds every read model from the topics, which keep their events forever
 * ({@code retention.ms: -1}).
 * <ol>
 * <li>A new generation of collections is filled by a {@link TopicReplay} from offset 0 up
 * to the end offsets seen at the start, while the live consumers go on writing to the
 * active collections and queries go on reading them. The replay folds every report in
 * memory and writes each once, in bulk ({@link Replayer}).</li>
 * <li>Then the live consumers are paused ({@link LiveConsumption#whilePaused}), the
 * replay catches up to everything they applied (their group's committed offsets and the
 * positions they applied since), and the pointer document is switched: one atomic write.
 * From then on live consumers write, and queries read, the new generation.</li>
 * <li>The generation before the previous one is dropped; the previous one stays for a
 * manual rollback (set the pointer back).</li>
 * </ol>
 * Projections are idempotent, so live events the replay had already applied count once. A
 * record that cannot be applied (the live consumers dead-lettered it too) is skipped and
 * counted, not fatal.
 */
public class ReadModelRebuild implements ReadModelRebuilds {

	private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

	static final List<String> TOPICS = List.of(Topics.WORKSHOP_EVENTS, Topics.REGISTRATION_EVENTS,
			Topics.NOTIFICATION_EVENTS);

	private final MongoTemplate mongo;

	private final ActiveGeneration active;

	private final LiveConsumption live;

	private final JsonMapper json;

	private final MunicipalityRegister register;

	private final KafkaClientSettings kafka;

	private final String liveGroup;

	private final List<RebuildListener> listeners;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("read-model-rebuild").daemon().factory());

	private final AtomicReference<RebuildStatus> status;

	private volatile PersonalDataSeals personalData;

	public ReadModelRebuild(MongoTemplate mongo, ActiveGeneration active, LiveConsumption live, JsonMapper json,
			MunicipalityRegister register, KafkaClientSettings kafka, String liveGroup,
			List<RebuildListener> listeners) {
		this.mongo = mongo;
		this.active = active;
		this.live = live;
		this.json = json;
		this.register = register;
		this.kafka = kafka;
		this.liveGroup = liveGroup;
		this.listeners = List.copyOf(listeners);
		this.status = new AtomicReference<>(
				new RebuildStatus(State.IDLE, active.generation(), null, 0, null, null, null, null));
	}

	/** The replay opens the personal fields of the events as the live consumers do. */
	public void openPersonalDataWith(PersonalDataSeals seals) {
		this.personalData = seals;
	}

	@Override
	public synchronized RebuildStatus start() {
		if (this.status.get().state() == State.RUNNING) {
			return status();
		}
		String generation = "g" + System.currentTimeMillis();
		this.status.set(new RebuildStatus(State.RUNNING, this.active.generation(), generation, 0, Instant.now(), null,
				null, null));
		this.worker.submit(() -> run(generation));
		return status();
	}

	@Override
	public RebuildStatus status() {
		RebuildStatus current = this.status.get();
		return new RebuildStatus(current.state(), this.active.generation(), current.generation(),
				current.eventsApplied(), current.startedAt(), current.finishedAt(), current.eventsPerSecond(),
				current.failure());
	}

	private void run(String generation) {
		Instant started = this.status.get().startedAt();
		try {
			String previous = this.active.generation();
			try (Replayer replayer = new Replayer(this.mongo, this.json, this.register, generation)
				.openingPersonalDataWith(this.personalData);
					TopicReplay replay = new TopicReplay(this.kafka.consumer(), TOPICS)) {
				replayer.dropCollections();
				replay.catchUpInBatches(replay.endOffsets(), records -> {
					replayer.apply(records);
					progress(generation, started, replay.records());
				});
				replayer.flush();
				log.info("Rebuild {} replayed {} records; pausing live consumers to switch", generation,
						replay.records());
				this.listeners.forEach(listener -> listener.caughtUp(generation));
				this.live.whilePaused(() -> {
					replay.catchUpInBatches(liveTargets(replay.partitions()), replayer::apply);
					this.active.switchTo(generation);
				});
				dropAllBut(generation, previous);
				Instant finished = Instant.now();
				this.status.set(new RebuildStatus(State.DONE, generation, generation, replay.records(), started,
						finished, rate(replay.records(), started, finished), null));
				log.info("Rebuild {} done: {} records, {} skipped", generation, replay.records(), replayer.skipped());
			}
		}
		catch (RuntimeException ex) {
			log.error("Rebuild {} failed; the active read models are unchanged", generation, ex);
			this.status.set(new RebuildStatus(State.FAILED, this.active.generation(), generation,
					this.status.get().eventsApplied(), started, Instant.now(), null, ex.getClass().getSimpleName()));
		}
	}

	private void progress(String generation, Instant started, long records) {
		if (records - this.status.get().eventsApplied() >= 500) {
			this.status.set(new RebuildStatus(State.RUNNING, this.active.generation(), generation, records, started,
					null, null, null));
		}
	}

	/**
	 * Everything the live consumers have applied: committed offsets, and positions since.
	 */
	private Map<TopicPartition, Long> liveTargets(List<TopicPartition> partitions) {
		Map<TopicPartition, Long> targets = new HashMap<>();
		try (Admin admin = Admin.create(this.kafka.admin())) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(this.liveGroup)
				.partitionsToOffsetAndMetadata()
				.get();
			committed.forEach((partition, offset) -> {
				if (offset != null && partitions.contains(partition)) {
					targets.put(partition, offset.offset());
				}
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the live consumers' offsets", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not read the live consumers' offsets", ex);
		}
		this.live.applied().forEach((partition, next) -> targets.merge(partition, next, Math::max));
		return targets;
	}

	private void dropAllBut(String current, String previous) {
		for (String name : this.mongo.getCollectionNames()) {
			boolean readModel = name.startsWith(MongoWorkshopReportStore.COLLECTION)
					|| name.startsWith(MongoPilotApplicationStore.COLLECTION);
			boolean kept = name.equals(ActiveGeneration.workshopReports(current))
					|| name.equals(ActiveGeneration.pilotApplications(current))
					|| name.equals(ActiveGeneration.workshopReports(previous))
					|| name.equals(ActiveGeneration.pilotApplications(previous));
			if (readModel && !kept) {
				this.mongo.dropCollection(name);
			}
		}
	}

	static Double rate(long records, Instant started, Instant finished) {
		long millis = Math.max(1, Duration.between(started, finished).toMillis());
		return records * 1000.0 / millis;
	}

	/**
	 * Applies replayed records to one generation's collections; no listeners, so the
	 * dashboard hears of the switch, not of every replayed event. Public for the
	 * benchmark.
	 * <p>
	 * Until {@link #flush()} every workshop report is folded in memory
	 * ({@link FoldedReports}): the replay reads each partition from its beginning, so a
	 * report is loaded never and written once, in bulk. The work is spread over threads
	 * while the caller polls the next records:
	 * <ol>
	 * <li>each poll is deserialised in slices on parallel threads (one reused
	 * {@link ObjectReader} per topic, instants read by {@link IsoInstants});</li>
	 * <li>its events are then handed, in the poll's order and poll after poll, to the
	 * shard that owns their report: shard = hash of the workshop id, one thread and one
	 * {@link FoldedReports} per shard. A report is folded by one thread only, with its
	 * events in the order read, exactly as a single thread would; reports never share
	 * state, so the shards need no locks;</li>
	 * <li>{@link #flush()} waits for all of it, and each shard maps its reports to
	 * documents and inserts them in bulk, a chunk at a time, the shards at once.</li>
	 * </ol>
	 * At most {@value #IN_FLIGHT} polls are in the pipeline at once, so memory stays
	 * bounded by the read model, not by the topics. Pilot applications (few, one document
	 * each) are applied in order on a thread of their own. After the flush (the final
	 * catch-up while live consumers are paused: a few records) records are applied to the
	 * stored reports like live batches, on the caller's thread.
	 * <p>
	 * {@link #apply} and {@link #flush} are called from one thread; a failure on a worker
	 * is thrown by the next of them.
	 */
	public static final class Replayer implements AutoCloseable {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		/** Polls deserialised or folded at once; the caller polls the next meanwhile. */
		static final int IN_FLIGHT = 3;

		/** Fewer records than this are not worth another deserialising thread. */
		private static final int SLICE = 250;

		private final MongoTemplate mongo;

		private final String generation;

		private final Map<String, ObjectReader> readers;

		private PersonalDataSeals personalData;

		private final MongoWorkshopReportStore stored;

		private final WorkshopReportProjection onStored;

		private final PilotProjection pilots;

		private final List<Shard> shards = new ArrayList<>();

		private final ExecutorService deserialisers;

		private final ExecutorService pilotThread;

		private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

		private final AtomicReference<Throwable> failure = new AtomicReference<>();

		private final LongAdder skipped = new LongAdder();

		private final LongAdder deserialising = new LongAdder();

		private final LongAdder folding = new LongAdder();

		private final LongAdder mapping = new LongAdder();

		private final LongAdder inserting = new LongAdder();

		private long flushing;

		private CompletableFuture<Void> handedOver = CompletableFuture.completedFuture(null);

		private boolean flushed;

		/** As many threads as the machine has cores, at least 2 and at most 4. */
		public Replayer(MongoTemplate mongo, JsonMapper json, MunicipalityRegister register, String generation) {
			this(mongo, json, register, generation,
					Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
		}

		/**
		 * @param threads deserialising threads, and as many folding shards
		 */
		public Replayer(MongoTemplate mongo, JsonMapper json, MunicipalityRegister register, String generation,
				int threads) {
			this.mongo = mongo;
			this.generation = generation;
			JsonMapper events = IsoInstants.readingFast(json);
			this.readers = Map.of(Topics.WORKSHOP_EVENTS, events.readerFor(WorkshopEvent.class),
					Topics.REGISTRATION_EVENTS, events.readerFor(RegistrationEvent.class), Topics.NOTIFICATION_EVENTS,
					events.readerFor(NotificationEvent.class));
			MunicipalityDirectory directory = new MunicipalityDirectory(register);
			this.stored = new MongoWorkshopReportStore(mongo, () -> ActiveGeneration.workshopReports(generation));
			this.onStored = new WorkshopReportProjection(this.stored, directory);
			this.pilots = new PilotProjection(
					new MongoPilotApplicationStore(mongo, () -> ActiveGeneration.pilotApplications(generation)),
					directory);
			for (int i = 0; i < threads; i++) {
				this.shards.add(new Shard(directory, thread("read-model-rebuild-fold-" + i)));
			}
			this.deserialisers = Executors.newFixedThreadPool(threads,
					Thread.ofPlatform().name("read-model-rebuild-read-", 0).daemon().factory());
			this.pilotThread = thread("read-model-rebuild-pilots");
		}

		/**
		 * @param seals opens personal fields (the live consumers' keys); {@code null}
		 * leaves them sealed
		 */
		public Replayer openingPersonalDataWith(PersonalDataSeals seals) {
			this.personalData = seals;
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
			int size = Math.max(SLICE, ceilDiv(records.size(), this.shards.size()));
			for (int from = 0; from < records.size(); from += size) {
				List<ConsumerRecord<byte[], byte[]>> slice = records.subList(from,
						Math.min(from + size, records.size()));
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
		 * Waits until every record applied so far is folded, then writes the reports
		 * folded in memory, in bulk, into the generation's collection, every shard at
		 * once; later records go to the stored reports.
		 */
		public void flush() {
			if (this.flushed) {
				return;
			}
			long start = System.nanoTime();
			try {
				this.inFlight.acquire(IN_FLIGHT);
				this.inFlight.release(IN_FLIGHT);
				rethrowFailure();
				List<CompletableFuture<Void>> writes = new ArrayList<>();
				for (Shard shard : this.shards) {
					writes.add(CompletableFuture.runAsync(() -> write(shard), shard.thread()));
				}
				CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while replaying", ex);
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
			finally {
				this.flushing = System.nanoTime() - start;
			}
			this.flushed = true;
			close();
		}

		/** Ends the threads; the replay's records not yet flushed are dropped. */
		@Override
		public void close() {
			this.shards.forEach(shard -> shard.thread().shutdownNow());
			this.deserialisers.shutdownNow();
			this.pilotThread.shutdownNow();
		}

		private List<SourcedEvent> read(List<ConsumerRecord<byte[], byte[]>> records) {
			long start = cpuTime();
			List<SourcedEvent> events = new ArrayList<>(records.size());
			for (ConsumerRecord<byte[], byte[]> record : records) {
				SourcedEvent event = read(record);
				if (event != null) {
					events.add(event);
				}
			}
			this.deserialising.add(cpuTime() - start);
			return events;
		}

		/**
		 * One poll's events to the shards that own their reports, and pilots to theirs.
		 */
		private void handOver(List<SourcedEvent> events) {
			List<List<SourcedEvent>> byShard = new ArrayList<>();
			this.shards.forEach(shard -> byShard.add(new ArrayList<>()));
			List<SourcedEvent> pilotEvents = new ArrayList<>();
			for (SourcedEvent sourced : events) {
				String workshopId = WorkshopReportProjection.workshopOf(sourced.event());
				if (workshopId != null) {
					byShard.get(Math.floorMod(workshopId.hashCode(), this.shards.size())).add(sourced);
				}
				else if (sourced.event() instanceof PilotEvent) {
					pilotEvents.add(sourced);
				}
				// otherwise of no report (a mail about a pilot application)
			}
			List<CompletableFuture<Void>> work = new ArrayList<>();
			for (int i = 0; i < this.shards.size(); i++) {
				Shard shard = this.shards.get(i);
				List<SourcedEvent> own = byShard.get(i);
				if (!own.isEmpty()) {
					work.add(CompletableFuture.runAsync(() -> fold(shard, own), shard.thread()));
				}
			}
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

		private void fold(Shard shard, List<SourcedEvent> events) {
			long start = cpuTime();
			shard.projection().apply(events).forEach(refused -> skip(refused.event().position(), refused.cause()));
			this.folding.add(cpuTime() - start);
		}

		/** A chunk at a time, so that only one chunk's documents are in memory. */
		private void write(Shard shard) {
			List<WorkshopReportDraft> drafts = List.copyOf(shard.folded().drafts());
			for (int from = 0; from < drafts.size(); from += MongoWorkshopReportStore.INSERT_CHUNK) {
				long start = cpuTime();
				List<Document> documents = MongoWorkshopReportStore.documentsOf(
						drafts.subList(from, Math.min(from + MongoWorkshopReportStore.INSERT_CHUNK, drafts.size())));
				long mapped = cpuTime();
				this.stored.insertDocuments(documents);
				this.mapping.add(mapped - start);
				this.inserting.add(cpuTime() - mapped);
			}
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

		private DomainEvent opened(DomainEvent event) {
			// personal data travels on registration.events only
			return (this.personalData != null && event instanceof RegistrationEvent registration)
					? this.personalData.openForReplay(registration, RegistrationEvent.class) : event;
		}

		private SourcedEvent read(ConsumerRecord<byte[], byte[]> record) {
			SourcePosition at = new SourcePosition(record.topic(), record.partition(), record.offset());
			ObjectReader reader = this.readers.get(record.topic());
			if (reader == null) {
				// not a topic of ours
				return null;
			}
			try {
				return new SourcedEvent(opened(reader.readValue(record.value())), at);
			}
			catch (RuntimeException ex) {
				skip(at, ex);
				return null;
			}
		}

		/**
		 * An unknown type (a newer producer) or a record the live consumers dead-lettered
		 * as well: ids only, events carry personal data.
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
		 * Where the time went, for the benchmark: the CPU time of each phase on this side
		 * of the connection, summed over the threads that ran it (CPU time means the same
		 * on a busy machine; the server's share of an insert is not in it), and the wall
		 * time of the flush, the server's share included.
		 */
		public String phases() {
			return String.format(Locale.ROOT,
					"CPU deserialise %d ms, fold %d ms, map to documents %d ms, encode and insert %d ms (%d threads);"
							+ " flush took %d ms",
					millis(this.deserialising.sum()), millis(this.folding.sum()), millis(this.mapping.sum()),
					millis(this.inserting.sum()), this.shards.size(), millis(this.flushing));
		}

		private static long cpuTime() {
			return THREADS.getCurrentThreadCpuTime();
		}

		private static long millis(long nanos) {
			return nanos / 1_000_000;
		}

		private static int ceilDiv(int dividend, int divisor) {
			return (dividend + divisor - 1) / divisor;
		}

		/** Reports folded by one thread: the workshops whose id hashes to it. */
		private record Shard(FoldedReports folded, WorkshopReportProjection projection, ExecutorService thread) {

			Shard(MunicipalityDirectory directory, ExecutorService thread) {
				this(new FoldedReports(), directory, thread);
			}

			private Shard(FoldedReports folded, MunicipalityDirectory directory, ExecutorService thread) {
				this(folded, new WorkshopReportProjection(folded, directory), thread);
			}

		}

	}

}
