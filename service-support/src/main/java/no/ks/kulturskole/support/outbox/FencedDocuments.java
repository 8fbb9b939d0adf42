package no.ks.kulturskole.support.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

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
	 * Takes the documents' leases and reads their entries, for many documents of one
	 * collection in a few round trips: their leases together
	 * ({@link OutboxLeases#takeAll}); when the last holder of one never gave its lease
	 * back (it died, or it stalled and may still be running), first the aggregate's fence
	 * is raised to this lease's number (one update each, on takeovers only); then their
	 * entries are read in one query (only the entries: an aggregate may be large). The
	 * leases of documents without entries are given back at once.
	 * @return the claims, in the order of {@code ids}, and the documents another instance
	 * holds (a document in neither has no entries)
	 */
	Group claimAll(String collection, List<Object> ids) {
		Map<Object, OutboxLeases.Lease> leases = this.leases.takeAll(collection, ids);
		// what takeAll did not take, another instance holds: no need to ask again
		List<Object> held = ids.stream().filter((id) -> !leases.containsKey(id)).toList();
		if (leases.isEmpty()) {
			return new Group(List.of(), held);
		}
		leases.forEach((id, lease) -> {
			if (lease.takenOver()) {
				this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
						new Update().max(AGGREGATE_FENCE, lease.fence()), collection);
			}
		});
		// the driver's own query: the ids as they are, not converted by a mapping
		Map<Object, List<Document>> entries = new HashMap<>();
		this.mongo.getCollection(collection)
			.find(Filters.and(Filters.in("_id", leases.keySet()), Filters.exists(FIELD + ".0")))
			.projection(Projections.include(FIELD))
			.forEach((claimed) -> entries.put(claimed.get("_id"), claimed.getList(FIELD, Document.class)));
		List<Claim> claims = new ArrayList<>();
		List<Claim> empty = new ArrayList<>();
		leases.forEach((id, lease) -> {
			List<Document> waiting = entries.get(id);
			Claim claim = new Claim(collection, id, lease.fence(), (waiting != null) ? waiting : List.of());
			(waiting != null ? claims : empty).add(claim);
		});
		this.leases.releaseAll(empty);
		return new Group(claims, held);
	}

	/**
	 * The documents of one round claimed, and those another instance holds.
	 */
	record Group(List<Claim> claims, List<Object> held) {
	}

	/**
	 * {@link #remove} for many claims in one round trip, each fenced on its own.
	 * @param done per claim, the ids of the entries published or parked
	 * @return how many claims the fence did not let through
	 */
	int removeAll(Map<Claim, List<String>> done) {
		List<WriteModel<Document>> pulls = new ArrayList<>();
		String collection = null;
		for (Map.Entry<Claim, List<String>> claim : done.entrySet()) {
			if (claim.getValue().isEmpty()) {
				continue;
			}
			collection = claim.getKey().collection();
			pulls.add(new UpdateOneModel<>(
					Filters.and(Filters.eq("_id", claim.getKey().id()),
							Filters.or(Filters.exists(AGGREGATE_FENCE, false),
									Filters.lte(AGGREGATE_FENCE, claim.getKey().fence()))),
					Updates.pull(FIELD, new Document("eventId", new Document("$in", claim.getValue())))));
		}
		if (pulls.isEmpty()) {
			return 0;
		}
		int fencedOff = pulls.size() - this.mongo.getCollection(collection)
			.bulkWrite(pulls, new BulkWriteOptions().ordered(false))
			.getMatchedCount();
		if (fencedOff > 0) {
			log.warn("{} outbox documents of {} were taken over by another instance; their holders send the entries"
					+ " this one published again", fencedOff, collection);
		}
		return fencedOff;
	}

	/**
	 * Pulls the published and parked entries in one update that matches only while no
	 * instance with a higher fencing number has taken the document over: the fence
	 * ({@link #removeAll} for one claim).
	 * @return whether the fence let it through (or there was nothing to remove)
	 */
	boolean remove(Claim claim, List<String> published, List<String> parked) {
		List<String> done = new ArrayList<>(published);
		done.addAll(parked);
		return removeAll(Map.of(claim, done)) == 0;
	}

}
