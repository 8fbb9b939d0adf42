package no.ks.kulturskole.support.outbox;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's side of the aggregate documents: claiming one (its lease, then its entries)
 * and the fenced {@code $pull} of what is done. The fence: the pull matches only while
 * the aggregate's {@value #AGGREGATE_FENCE} is absent or not above the remover's number,
 * and an instance that takes over a lease that ran out without being given back first
 * raises it to its own (the one extra write of the aggregate, on takeovers only); so an
 * instance whose lease was taken over removes nothing from then on.
 */
final class FencedDocuments {

	private static final Logger log = LoggerFactory.getLogger(FencedDocuments.class);

	/** In the aggregate: the array of entries waiting to be published. */
	static final String FIELD = "outbox";

	/** In the aggregate: the fencing number of the last instance that took it over. */
	static final String AGGREGATE_FENCE = "outboxFence";

	private final MongoTemplate mongo;

	private final OutboxLeases leases;

	FencedDocuments(MongoTemplate mongo, OutboxLeases leases) {
		this.mongo = mongo;
		this.leases = leases;
	}

	/**
	 * Takes the document's lease and reads its entries; {@code null} when another
	 * instance holds it or it has none (then the lease is given back at once). When the
	 * last holder never gave the lease back (it died, or it stalled and may still be
	 * running), first raises the aggregate's fence to this lease's number.
	 */
	Claim claim(String collection, Object id) {
		OutboxLeases.Lease lease = this.leases.take(collection, id);
		if (lease == null) {
			return null;
		}
		if (lease.takenOver()) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().max(AGGREGATE_FENCE, lease.fence()), collection);
		}
		Query withEntries = Query.query(Criteria.where("_id").is(id).and(FIELD + ".0").exists(true));
		// only the entries: the aggregate itself may be large
		withEntries.fields().include(FIELD);
		Document claimed = this.mongo.findOne(withEntries, Document.class, collection);
		Claim claim = new Claim(collection, id, lease.fence(),
				(claimed != null) ? claimed.getList(FIELD, Document.class) : List.of());
		if (claimed == null) {
			this.leases.release(claim);
			return null;
		}
		return claim;
	}

	/**
	 * Pulls the published and parked entries in one update that matches only while no
	 * instance with a higher fencing number has taken the document over: the fence.
	 * @return whether the fence let it through (or there was nothing to remove)
	 */
	boolean remove(Claim claim, List<String> published, List<String> parked) {
		List<String> done = new ArrayList<>(published);
		done.addAll(parked);
		if (done.isEmpty()) {
			return true;
		}
		Query unfenced = Query.query(Criteria.where("_id")
			.is(claim.id())
			.orOperator(Criteria.where(AGGREGATE_FENCE).exists(false),
					Criteria.where(AGGREGATE_FENCE).lte(claim.fence())));
		Update pull = new Update().pull(FIELD, new Document("eventId", new Document("$in", done)));
		boolean passed = this.mongo.updateFirst(unfenced, pull, claim.collection()).getMatchedCount() == 1;
		if (!passed) {
			log.warn("Outbox document {}/{} was taken over by another instance; its holder sends the {} entries"
					+ " this one published again", claim.collection(), claim.id(), done.size());
		}
		return passed;
	}

}
