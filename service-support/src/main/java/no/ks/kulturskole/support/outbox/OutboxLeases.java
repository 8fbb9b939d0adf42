package no.ks.kulturskole.support.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.data.mongodb.core.MongoTemplate;

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

	private static final BulkWriteOptions UNORDERED_WRITES = new BulkWriteOptions().ordered(false);

	private static final InsertManyOptions UNORDERED_INSERTS = new InsertManyOptions().ordered(false);

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
	 * Takes the leases of documents of one collection whose last lease ran out (given
	 * back or not), raising each one's fencing number by one, in a few round trips
	 * whatever their number: the leases there are are read in one query; those never
	 * taken are inserted together (a duplicate {@code _id} is a lease another instance
	 * took meanwhile); those that ran out are taken with one conditional update each,
	 * sent together, each matching only the fencing number read (so exactly one instance
	 * wins), and read back once to see which this instance won. No upserts: the embedded
	 * server logs every refused upsert as an error, and with two instances that is most
	 * rounds. A relay of many small documents (one per e-mail) spent most of its round
	 * trips on leases taken one at a time.
	 * @return the leases taken, by document id; a document missing is held by another
	 * instance
	 */
	Map<Object, Lease> takeAll(String collection, List<Object> ids) {
		Instant now = this.clock.instant();
		Date until = Date.from(now.plus(this.lease));
		Map<String, Object> byLeaseId = new LinkedHashMap<>();
		ids.forEach((id) -> byLeaseId.put(leaseId(collection, id), id));
		MongoCollection<Document> leases = this.mongo.getCollection(LEASES);
		Map<String, Document> existing = new HashMap<>();
		leases.find(Filters.in("_id", byLeaseId.keySet()))
			.forEach((lease) -> existing.put(lease.getString("_id"), lease));
		Map<Object, Lease> taken = new LinkedHashMap<>();
		List<Document> fresh = new ArrayList<>();
		List<WriteModel<Document>> runOut = new ArrayList<>();
		Map<String, Document> before = new HashMap<>();
		for (String leaseId : byLeaseId.keySet()) {
			Document lease = existing.get(leaseId);
			if (lease == null) {
				fresh.add(new Document("_id", leaseId).append(OWNER, this.instance)
					.append(UNTIL, until)
					.append(RELEASED, false)
					.append(FENCE, 1L));
			}
			else if (lease.getDate(UNTIL).before(Date.from(now))) {
				long fence = fenceOf(lease);
				before.put(leaseId, lease);
				runOut.add(new UpdateOneModel<>(
						Filters.and(Filters.eq("_id", leaseId), Filters.eq(FENCE, fence),
								Filters.lt(UNTIL, Date.from(now))),
						Updates.combine(Updates.set(OWNER, this.instance), Updates.set(UNTIL, until),
								Updates.set(RELEASED, false), Updates.inc(FENCE, 1L))));
			}
		}
		for (String leaseId : insertedOf(leases, fresh)) {
			taken.put(byLeaseId.get(leaseId), new Lease(1L, false));
		}
		if (!runOut.isEmpty()) {
			leases.bulkWrite(runOut, UNORDERED_WRITES);
			leases.find(Filters.and(Filters.in("_id", before.keySet()), Filters.eq(OWNER, this.instance)))
				.forEach((lease) -> {
					Document read = before.get(lease.getString("_id"));
					if (fenceOf(lease) == fenceOf(read) + 1) {
						taken.put(byLeaseId.get(lease.getString("_id")),
								new Lease(fenceOf(lease), !read.getBoolean(RELEASED, false)));
					}
				});
		}
		return taken;
	}

	/**
	 * The ids of the new leases inserted; a duplicate {@code _id} was taken meanwhile.
	 */
	private static List<String> insertedOf(MongoCollection<Document> leases, List<Document> fresh) {
		if (fresh.isEmpty()) {
			return List.of();
		}
		Set<Integer> refused = new HashSet<>();
		try {
			leases.insertMany(fresh, UNORDERED_INSERTS);
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				refused.add(error.getIndex());
			}
		}
		List<String> inserted = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			if (!refused.contains(i)) {
				inserted.add(fresh.get(i).getString("_id"));
			}
		}
		return inserted;
	}

	/** Gives back the leases of many claims in one round trip, each only if still its. */
	void releaseAll(List<Claim> claims) {
		if (claims.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> releases = new ArrayList<>();
		for (Claim claim : claims) {
			releases.add(new UpdateOneModel<>(leaseFilterOf(claim),
					Updates.combine(Updates.set(UNTIL, new Date(0)), Updates.set(RELEASED, true))));
		}
		this.mongo.getCollection(LEASES).bulkWrite(releases, UNORDERED_WRITES);
	}

	private static long fenceOf(Document lease) {
		Number fence = lease.get(FENCE, Number.class);
		return (fence != null) ? fence.longValue() : 0L;
	}

	private static Bson leaseFilterOf(Claim claim) {
		return Filters.and(Filters.eq("_id", leaseId(claim.collection(), claim.id())),
				Filters.eq(FENCE, claim.fence()));
	}

	/** Extends the lease, if it is still this one's. */
	boolean renew(Claim claim) {
		return this.mongo.getCollection(LEASES)
			.updateOne(leaseFilterOf(claim), Updates.set(UNTIL, Date.from(this.clock.instant().plus(this.lease))))
			.getMatchedCount() == 1;
	}

	/**
	 * Gives the lease back, if it is still this one's; the document stays for its number
	 * ({@link #releaseAll} for one claim).
	 */
	void release(Claim claim) {
		releaseAll(List.of(claim));
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
