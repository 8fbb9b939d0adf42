package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus;
import no.ks.kulturskole.reporting.workshopreport.model.RebuildStatus.State;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The last rebuild's status where every reporting instance sees it (one document,
 * {@value ActiveGeneration#POINTERS}/{@code rebuild}), so that the administrator's
 * {@code GET} answers the same whichever instance the gateway picks, and a second
 * {@code POST} while one instance rebuilds does not start another in the next instance. A
 * rebuild whose instance died stops reporting progress; after {@link #ABANDONED} without
 * a word another may start.
 */
class SharedRebuildStatus {

	/** How long a running rebuild may go without writing its progress. */
	static final Duration ABANDONED = Duration.ofMinutes(10);

	private static final String REBUILD = "rebuild";

	private static final String STATE = "state";

	private static final String UPDATED_AT = "updatedAt";

	private final MongoTemplate mongo;

	SharedRebuildStatus(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Claims the rebuild for this instance: stores {@code running} unless another rebuild
	 * is running (and alive).
	 * @return whether this instance may rebuild
	 */
	boolean claim(RebuildStatus running) {
		Criteria free = new Criteria().orOperator(where(STATE).ne(State.RUNNING.name()),
				where(UPDATED_AT).lt(Date.from(Instant.now().minus(ABANDONED))));
		try {
			this.mongo.upsert(query(where("_id").is(REBUILD).andOperator(free)), update(running),
					ActiveGeneration.POINTERS);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// the document exists and did not match: another rebuild runs
			return false;
		}
	}

	void save(RebuildStatus status) {
		this.mongo.upsert(query(where("_id").is(REBUILD)), update(status), ActiveGeneration.POINTERS);
	}

	Optional<RebuildStatus> load() {
		Document stored = this.mongo.findOne(query(where("_id").is(REBUILD)), Document.class,
				ActiveGeneration.POINTERS);
		if (stored == null) {
			return Optional.empty();
		}
		Number events = stored.get("eventsApplied", Number.class);
		Number rate = stored.get("eventsPerSecond", Number.class);
		return Optional.of(new RebuildStatus(State.valueOf(stored.getString(STATE)), null,
				stored.getString("generation"), (events != null) ? events.longValue() : 0, instant(stored, "startedAt"),
				instant(stored, "finishedAt"), (rate != null) ? rate.doubleValue() : null,
				stored.getString("failure")));
	}

	private static Update update(RebuildStatus status) {
		return new Update().set(STATE, status.state().name())
			.set("generation", status.generation())
			.set("eventsApplied", status.eventsApplied())
			.set("startedAt", date(status.startedAt()))
			.set("finishedAt", date(status.finishedAt()))
			.set("eventsPerSecond", status.eventsPerSecond())
			.set("failure", status.failure())
			.set(UPDATED_AT, new Date());
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Instant instant(Document document, String field) {
		Date date = document.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
