package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Duration;

import no.ks.kulturskole.support.deadletter.RetryLater;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Which set of read-model collections is live, for every reporting instance at once. A
 * pointer document ({@value #POINTERS}/{@code active}) names the generation; the
 * collections of generation {@code g} are {@code workshop_reports_g} and
 * {@code pilot_applications_g}, and the first generation ({@code ""}) keeps the plain
 * names.
 * <p>
 * <b>Several instances.</b> The rebuild runs in one instance; the others learn of the
 * switch from the pointer, never from memory:
 * <ul>
 * <li>a live batch ({@link #applyLive}) reads the pointer when it starts and writes the
 * generation it read, all of it; it reads the pointer again before its offsets are
 * committed, and if a switch began or happened meanwhile the batch is not committed but
 * comes again ({@link RetryLater}: the partition waits), now into the new
 * generation;</li>
 * <li>while a switch is under way ({@code switchingTo} set) no live batch is applied, so
 * the rebuild can catch the new generation up to the topics' end without a live consumer
 * moving on behind it;</li>
 * <li>queries read the pointer at most {@link #FRESH} old.</li>
 * </ul>
 * Each switch step is one single-document write, so it is atomic.
 */
public class ActiveGeneration {

	static final String POINTERS = "read_model_pointers";

	/** How old the pointer a query uses may be. */
	static final Duration FRESH = Duration.ofSeconds(1);

	private static final String ACTIVE = "active";

	private static final String GENERATION = "generation";

	private static final String SWITCHING_TO = "switchingTo";

	private final MongoTemplate mongo;

	/** The generation a live batch on this thread writes, fixed when it started. */
	private final ThreadLocal<String> pinned = new ThreadLocal<>();

	private volatile Pointer cached;

	private volatile long readAt;

	public ActiveGeneration(MongoTemplate mongo) {
		this.mongo = mongo;
		read();
	}

	/** The generation this thread reads and writes now. */
	public String generation() {
		String batch = this.pinned.get();
		if (batch != null) {
			return batch;
		}
		return ((System.nanoTime() - this.readAt > FRESH.toNanos()) ? read() : this.cached).generation();
	}

	/**
	 * The generation live now, read from the pointer, never up to {@link #FRESH} old: for
	 * the rebuild's status, which an administrator reads right after a switch (another
	 * instance's queries may still read the previous generation that long, which is why
	 * the previous generation is kept).
	 */
	public String generationNow() {
		return read().generation();
	}

	public String workshopReports() {
		return workshopReports(generation());
	}

	public String pilotApplications() {
		return pilotApplications(generation());
	}

	static String workshopReports(String generation) {
		return generation.isEmpty() ? MongoWorkshopReportStore.COLLECTION
				: MongoWorkshopReportStore.COLLECTION + "_" + generation;
	}

	static String pilotApplications(String generation) {
		return generation.isEmpty() ? MongoPilotApplicationStore.COLLECTION
				: MongoPilotApplicationStore.COLLECTION + "_" + generation;
	}

	/**
	 * Runs a live consumer's batch against the generation active when it starts.
	 * @throws RetryLater when a switch is under way, or began or happened while the batch
	 * ran: the batch is to come again, into the new generation
	 */
	void applyLive(Runnable batch) {
		Pointer before = read();
		if (before.switchingTo() != null) {
			throw new RetryLater("Read models switching to generation " + before.switchingTo());
		}
		this.pinned.set(before.generation());
		try {
			batch.run();
		}
		finally {
			this.pinned.remove();
		}
		Pointer after = read();
		if (!after.equals(before)) {
			throw new RetryLater(
					"Read models switched from generation '" + before.generation() + "' while a batch ran");
		}
	}

	/** From now on no live batch is applied, in any instance, until {@link #switchTo}. */
	void beginSwitch(String next) {
		this.mongo.upsert(query(where("_id").is(ACTIVE)), new Update().set(SWITCHING_TO, next), POINTERS);
		read();
	}

	/** Makes {@code next} the live generation and lets live batches go on. */
	void switchTo(String next) {
		this.mongo.upsert(query(where("_id").is(ACTIVE)), new Update().set(GENERATION, next).unset(SWITCHING_TO),
				POINTERS);
		read();
	}

	/** A switch that failed half-way: the live generation stays, live batches go on. */
	void abandonSwitch() {
		this.mongo.updateFirst(query(where("_id").is(ACTIVE)), new Update().unset(SWITCHING_TO), POINTERS);
		read();
	}

	private Pointer read() {
		Document pointer = this.mongo.findOne(query(where("_id").is(ACTIVE)), Document.class, POINTERS);
		Pointer now = (pointer != null)
				? new Pointer((pointer.getString(GENERATION) != null) ? pointer.getString(GENERATION) : "",
						pointer.getString(SWITCHING_TO))
				: new Pointer("", null);
		this.cached = now;
		this.readAt = System.nanoTime();
		return now;
	}

	private record Pointer(String generation, String switchingTo) {
	}

}
