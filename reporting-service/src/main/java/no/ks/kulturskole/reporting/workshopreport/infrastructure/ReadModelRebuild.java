package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import no.ks.kulturskole.contracts.Topics;
import no.ks.kulturskole.reference.MunicipalityRegister;
import no.ks.kulturskole.reporting.workshopreport.application.ReadModelRebuilds;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus.State;
import no.ks.kulturskole.support.kafka.KafkaClientSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <li>Then the live consumers are paused: this instance's
 * ({@link LiveConsumption#whilePaused}) and, through the pointer document, every other
 * instance's ({@link ActiveGeneration#beginSwitch}: their batches wait and come again).
 * Whatever any live consumer applied is below the topics' end now, so the replay catches
 * up to the end offsets and the pointer is switched: one atomic write. From then on live
 * consumers write, and queries read, the new generation.</li>
 * <li>The generation before the previous one is dropped; the previous one stays for a
 * manual rollback (set the pointer back).</li>
 * </ol>
 * Projections are idempotent, so live events the replay had already applied count once. A
 * record that cannot be applied (the live consumers dead-lettered it too) is skipped and
 * counted, not fatal. The status is shared by every instance
 * ({@link SharedRebuildStatus}): one rebuild at a time, whichever instance is asked.
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

	private final List<RebuildListener> listeners;

	private final ExecutorService worker = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("read-model-rebuild").daemon().factory());

	private final AtomicReference<RebuildStatus> status;

	private final SharedRebuildStatus shared;

	private volatile PersonalDataSeals personalData;

	public ReadModelRebuild(MongoTemplate mongo, ActiveGeneration active, LiveConsumption live, JsonMapper json,
			MunicipalityRegister register, KafkaClientSettings kafka, List<RebuildListener> listeners) {
		this.mongo = mongo;
		this.active = active;
		this.live = live;
		this.json = json;
		this.register = register;
		this.kafka = kafka;
		this.shared = new SharedRebuildStatus(mongo);
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
		RebuildStatus running = new RebuildStatus(State.RUNNING, this.active.generation(), generation, 0, Instant.now(),
				null, null, null);
		if (!this.shared.claim(running)) {
			// another instance rebuilds
			return status();
		}
		this.status.set(running);
		this.worker.submit(() -> run(generation));
		return status();
	}

	/** The last rebuild of any instance, with the generation live now. */
	@Override
	public RebuildStatus status() {
		RebuildStatus current = this.shared.load().orElseGet(this.status::get);
		return new RebuildStatus(current.state(), this.active.generationNow(), current.generation(),
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
				replay.catchUpInRounds(replay.endOffsets(), records -> {
					replayer.apply(records);
					progress(generation, started, replay.records());
				}, replayer::partitionsDone);
				replayer.flush();
				log.info("Rebuild {} replayed {} records; pausing live consumers to switch", generation,
						replay.records());
				this.listeners.forEach(listener -> listener.caughtUp(generation));
				this.live.whilePaused(() -> {
					this.active.beginSwitch(generation);
					try {
						// no live batch of any instance goes on now: all they applied is
						// below the topics' end
						replay.catchUpInBatches(replay.endOffsets(), replayer::apply);
						this.active.switchTo(generation);
					}
					catch (RuntimeException ex) {
						this.active.abandonSwitch();
						throw ex;
					}
				});
				dropAllBut(generation, previous);
				Instant finished = Instant.now();
				publish(new RebuildStatus(State.DONE, generation, generation, replay.records(), started, finished,
						rate(replay.records(), started, finished), null));
				log.info("Rebuild {} done: {} records, {} skipped", generation, replay.records(), replayer.skipped());
			}
		}
		catch (RuntimeException ex) {
			log.error("Rebuild {} failed; the active read models are unchanged", generation, ex);
			publish(new RebuildStatus(State.FAILED, this.active.generation(), generation,
					this.status.get().eventsApplied(), started, Instant.now(), null, ex.getClass().getSimpleName()));
		}
	}

	private void progress(String generation, Instant started, long records) {
		if (records - this.status.get().eventsApplied() >= 500) {
			publish(new RebuildStatus(State.RUNNING, this.active.generation(), generation, records, started, null, null,
					null));
		}
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

	private void publish(RebuildStatus status) {
		this.status.set(status);
		this.shared.save(status);
	}

	static Double rate(long records, Instant started, Instant finished) {
		long millis = Math.max(1, Duration.between(started, finished).toMillis());
		return records * 1000.0 / millis;
	}

}
