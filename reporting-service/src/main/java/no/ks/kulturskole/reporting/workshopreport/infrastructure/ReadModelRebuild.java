package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.contracts.registration.PilotEvent;
import no.ks.kulturskole.contracts.registration.RegistrationEvent;
import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.MunicipalityDirectory;
import no.ks.kulturskole.reporting.workshopreport.application.PilotProjection;
import no.ks.kulturskole.reporting.workshopreport.application.ReadModelRebuilds;
import no.ks.kulturskole.reporting.workshopreport.application.RejectedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.SourcePosition;
import no.ks.kulturskole.reporting.workshopreport.application.SourcedEvent;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportProjection;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus.State;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private final String bootstrapServers;

	private final String liveGroup;

	private final List<RebuildListener> listeners;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("read-model-rebuild").daemon().factory());

	private final AtomicReference<RebuildStatus> status;

	public ReadModelRebuild(MongoTemplate mongo, ActiveGeneration active, LiveConsumption live, JsonMapper json,
			MunicipalityRegister register, String bootstrapServers, String liveGroup, List<RebuildListener> listeners) {
		this.mongo = mongo;
		this.active = active;
		this.live = live;
		this.json = json;
		this.register = register;
		this.bootstrapServers = bootstrapServers;
		this.liveGroup = liveGroup;
		this.listeners = List.copyOf(listeners);
		this.status = new AtomicReference<>(
				new RebuildStatus(State.IDLE, active.generation(), null, 0, null, null, null, null));
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
			Replayer replayer = new Replayer(this.mongo, this.json, this.register, generation);
			replayer.dropCollections();
			try (TopicReplay replay = new TopicReplay(this.bootstrapServers, TOPICS)) {
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
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
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
	 * ({@link FoldedReports}): the replay reads each partition from its beginning and
	 * applies a poll at a time, so a report is loaded never and written once, in bulk.
	 * After the flush (the final catch-up while live consumers are paused: a few records)
	 * records are applied to the stored reports like live batches.
	 */
	public static final class Replayer {

		private final MongoTemplate mongo;

		private final JsonMapper json;

		private final String generation;

		private final FoldedReports folded = new FoldedReports();

		private final MongoWorkshopReportStore stored;

		private final WorkshopReportProjection inMemory;

		private final WorkshopReportProjection onStored;

		private final PilotProjection pilots;

		private boolean flushed;

		private long skipped;

		public Replayer(MongoTemplate mongo, JsonMapper json, MunicipalityRegister register, String generation) {
			this.mongo = mongo;
			this.json = json;
			this.generation = generation;
			MunicipalityDirectory directory = new MunicipalityDirectory(register);
			this.stored = new MongoWorkshopReportStore(mongo, () -> ActiveGeneration.workshopReports(generation));
			this.inMemory = new WorkshopReportProjection(this.folded, directory);
			this.onStored = new WorkshopReportProjection(this.stored, directory);
			this.pilots = new PilotProjection(
					new MongoPilotApplicationStore(mongo, () -> ActiveGeneration.pilotApplications(generation)),
					directory);
		}

		public void dropCollections() {
			this.mongo.dropCollection(ActiveGeneration.workshopReports(this.generation));
			this.mongo.dropCollection(ActiveGeneration.pilotApplications(this.generation));
		}

		/** Applies what one poll brought, in each partition's order. */
		public void apply(List<ConsumerRecord<byte[], byte[]>> records) {
			List<SourcedEvent> events = new ArrayList<>(records.size());
			for (ConsumerRecord<byte[], byte[]> record : records) {
				SourcedEvent event = read(record);
				if (event != null) {
					events.add(event);
				}
			}
			List<RejectedEvent> rejected = (this.flushed ? this.onStored : this.inMemory).apply(events);
			rejected.forEach(refused -> skip(refused.event().position(), refused.cause()));
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
		 * Writes the reports folded in memory, in bulk, into the generation's collection;
		 * later records go to the stored reports.
		 */
		public void flush() {
			if (!this.flushed) {
				this.stored.insertAll(this.folded.drafts());
				this.flushed = true;
			}
		}

		private SourcedEvent read(ConsumerRecord<byte[], byte[]> record) {
			SourcePosition at = new SourcePosition(record.topic(), record.partition(), record.offset());
			try {
				return switch (record.topic()) {
					case Topics.WORKSHOP_EVENTS ->
						new SourcedEvent(this.json.readValue(record.value(), WorkshopEvent.class), at);
					case Topics.REGISTRATION_EVENTS ->
						new SourcedEvent(this.json.readValue(record.value(), RegistrationEvent.class), at);
					case Topics.NOTIFICATION_EVENTS ->
						new SourcedEvent(this.json.readValue(record.value(), NotificationEvent.class), at);
					// not a topic of ours
					default -> null;
				};
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
			this.skipped++;
			log.warn("Rebuild skipped {}-{}@{}: {}", at.topic(), at.partition(), at.offset(),
					cause.getClass().getSimpleName());
		}

		public long skipped() {
			return this.skipped;
		}

	}

}
