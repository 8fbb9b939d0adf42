package no.ks.kulturskole.support.inbox.mongo;

import java.util.Optional;
import java.util.function.Function;

import no.ks.kulturskole.support.inbox.AppliedEvents;
import no.ks.kulturskole.support.inbox.EventOrder;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one way a consumer's MongoDB adapter deduplicates and orders (issue 18): fragments
 * to put into the one conditional update that also changes the state.
 * <ul>
 * <li>{@link #notAppliedYet} / {@link #markApplied}: the document's bounded list of
 * applied event ids ({@link AppliedEvents}), for a change that must happen once per event
 * (a count, something told);</li>
 * <li>{@link #notNewerThan} / {@link #olderThan} / {@link #markSequence}: the sequence
 * guard ({@link EventOrder}), for state an event overwrites, so that a late or duplicated
 * event never moves it backwards;</li>
 * <li>{@link #unlessNewer}: an upsert guarded by the sequence, whose insert collides with
 * the stored {@code _id} when a newer event is stored; that collision is the answer
 * "older, dropped", not an error; {@link #once} the same for an upsert guarded by the
 * applied ids.</li>
 * </ul>
 *
 * @param appliedField where the document keeps its applied event ids
 * @param sequenceField where the document keeps the sequence it applied last
 */
public record Inbox(String appliedField, String sequenceField) {

	/** The field names most documents use. */
	public static final Inbox DEFAULT = new Inbox("appliedEvents", "sequence");

	public static Inbox sequenceIn(String sequenceField) {
		return new Inbox(DEFAULT.appliedField(), sequenceField);
	}

	public static Inbox appliedIn(String appliedField) {
		return new Inbox(appliedField, DEFAULT.sequenceField());
	}

	/** The start of every filter: one document. */
	public static Criteria byId(String id) {
		return Criteria.where("_id").is(id);
	}

	/** Matches {@code document} unless it applied the event already. */
	public Criteria notAppliedYet(Criteria document, String eventId) {
		return document.and(this.appliedField).ne(eventId);
	}

	/**
	 * Remembers the event in the same update, the oldest ids dropped beyond
	 * {@link AppliedEvents#REMEMBERED} ({@code $push} with {@code $slice}).
	 */
	public Update markApplied(Update update, String eventId) {
		update.push(this.appliedField).slice(-AppliedEvents.REMEMBERED).each(eventId);
		return update;
	}

	/**
	 * Matches {@code document} unless it holds a newer sequence:
	 * {@link EventOrder#applies}. Sequence 0 (not numbered) always matches. Adds an
	 * {@code $or}: one per filter.
	 */
	public Criteria notNewerThan(Criteria document, long sequence) {
		if (sequence <= 0) {
			return document;
		}
		return document.orOperator(Criteria.where(this.sequenceField).exists(false),
				Criteria.where(this.sequenceField).lte(sequence));
	}

	/**
	 * Matches {@code document} only when its sequence is below this one:
	 * {@link EventOrder#advances}, for a change that must happen once per sequence. Adds
	 * an {@code $or}: one per filter.
	 */
	public Criteria olderThan(Criteria document, long sequence) {
		return document.orOperator(Criteria.where(this.sequenceField).exists(false),
				Criteria.where(this.sequenceField).lt(sequence));
	}

	/** Records the event's sequence in the same update (nothing for sequence 0). */
	public Update markSequence(Update update, long sequence) {
		if (sequence > 0) {
			update.set(this.sequenceField, sequence);
		}
		return update;
	}

	/**
	 * An upsert of the document's state by an event of {@code sequence}: {@code upsert}
	 * is given the guarded filter and runs the write. When a newer event is stored the
	 * filter does not match, the upsert's insert collides with the stored {@code _id},
	 * and the older event is dropped: empty.
	 */
	public <T> Optional<T> unlessNewer(String id, long sequence, Function<Query, T> upsert) {
		try {
			return Optional.ofNullable(upsert.apply(Query.query(notNewerThan(byId(id), sequence))));
		}
		catch (DuplicateKeyException newerStored) {
			return Optional.empty();
		}
	}

	/**
	 * An upsert by the event {@code eventId}, at most once: {@code upsert} is given the
	 * filter {@link #notAppliedYet} and should {@link #markApplied} in its update. When
	 * the document applied the event already, the upsert's insert collides with the
	 * stored {@code _id}: empty.
	 */
	public <T> Optional<T> once(String id, String eventId, Function<Query, T> upsert) {
		try {
			return Optional.ofNullable(upsert.apply(Query.query(notAppliedYet(byId(id), eventId))));
		}
		catch (DuplicateKeyException appliedAlready) {
			return Optional.empty();
		}
	}

}
