package no.ks.kulturskole.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's leases on aggregate documents: one small document per aggregate ever
 * relayed, in {@value #LEASES}, beside the aggregates rather than in them. Taking a lease
 * is one conditional write, so exactly one instance wins; every lease taken on a document
 * gets the next fencing number ({@value #FENCE}), which is why a lease document is kept
 * after release. Only renewals and releases that still carry the holder's number match.
 * <p>
 * Leases use the system clock in production: they are about live processes, not business
 * time (tests pass a clock they move instead of waiting).
 */
final class OutboxLeases {

	/**
	 * The leases, one small document per aggregate ever relayed ({@code _id} =
	 * collection/aggregate id), beside the aggregates rather than in them: taking and
	 * giving back a lease must not rewrite a workshop document of a megabyte. Kept after
	 * release, for its fencing number.
	 */
	static final String LEASES = "outbox_leases";

	static final String OWNER = "owner";

	static final String UNTIL = "until";

	static final String FENCE = "fence";

	static final String RELEASED = "released";

	private final String instance = UUID.randomUUID().toString();

	private final MongoTemplate mongo;

	private final Duration lease;

	private final Clock clock;

	/**
	 * @param lease how long a lease holds without renewal
	 * @param clock the time leases run until
	 */
	OutboxLeases(MongoTemplate mongo, Duration lease, Clock clock) {
		this.mongo = mongo;
		this.lease = lease;
		this.clock = clock;
	}

	/**
	 * One conditional update takes the lease if the last one ran out (given back or not),
	 * raising the fencing number by one; when there was never a lease on the document, an
	 * insert takes the first, and a running lease (taken meanwhile) makes the insert fail
	 * on the unique {@code _id}. No upsert: the embedded server logs every refused upsert
	 * of a {@code findAndModify} as an error, and with two instances that is most rounds.
	 * @return the lease taken, {@code null} when another instance holds it
	 */
	Lease take(String collection, Object id) {
		Instant now = this.clock.instant();
		String leaseId = leaseId(collection, id);
		Query free = Query.query(Criteria.where("_id").is(leaseId).and(UNTIL).lt(Date.from(now)));
		Update take = new Update().set(OWNER, this.instance)
			.set(UNTIL, Date.from(now.plus(this.lease)))
			.set(RELEASED, false)
			.inc(FENCE, 1L);
		Document before = this.mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(false),
				Document.class, LEASES);
		if (before != null) {
			Number fence = before.get(FENCE, Number.class);
			return new Lease(((fence != null) ? fence.longValue() : 0L) + 1, !before.getBoolean(RELEASED, false));
		}
		try {
			this.mongo.insert(new Document("_id", leaseId).append(OWNER, this.instance)
				.append(UNTIL, Date.from(now.plus(this.lease)))
				.append(RELEASED, false)
				.append(FENCE, 1L), LEASES);
			return new Lease(1L, false);
		}
		catch (DuplicateKeyException ex) {
			return null;
		}
	}

	/** Extends the lease, if it is still this one's. */
	boolean renew(Claim claim) {
		Update extend = new Update().set(UNTIL, Date.from(this.clock.instant().plus(this.lease)));
		return this.mongo.updateFirst(leaseOf(claim), extend, LEASES).getMatchedCount() == 1;
	}

	/**
	 * Gives the lease back, if it is still this one's; the document stays for its number.
	 */
	void release(Claim claim) {
		this.mongo.updateFirst(leaseOf(claim), new Update().set(UNTIL, new Date(0)).set(RELEASED, true), LEASES);
	}

	/** Whether a lease on the document is running now (this instance's or another's). */
	boolean held(String collection, Object id) {
		Query held = Query
			.query(Criteria.where("_id").is(leaseId(collection, id)).and(UNTIL).gte(Date.from(this.clock.instant())));
		return this.mongo.exists(held, LEASES);
	}

	private static Query leaseOf(Claim claim) {
		return Query
			.query(Criteria.where("_id").is(leaseId(claim.collection(), claim.id())).and(FENCE).is(claim.fence()));
	}

	static String leaseId(String collection, Object id) {
		return collection + "/" + id;
	}

	/**
	 * @param fence this lease's fencing number
	 * @param takenOver whether the last holder's lease ran out without being given back
	 */
	record Lease(long fence, boolean takenOver) {
	}

}
