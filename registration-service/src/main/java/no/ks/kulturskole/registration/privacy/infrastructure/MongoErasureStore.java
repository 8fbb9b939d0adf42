package no.ks.kulturskole.registration.privacy.infrastructure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.registration.privacy.application.ErasureStatus;
import no.ks.kulturskole.registration.privacy.application.ErasureStore;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Collection {@value #COLLECTION}: one document per erasure, ids only (the e-mail address
 * an erasure was asked for is never stored): the owners it found and, per service, the
 * owners done and when the last one was.
 */
@Repository
class MongoErasureStore implements ErasureStore {

	static final String COLLECTION = "privacy_erasures";

	private final MongoTemplate mongo;

	MongoErasureStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void create(String erasureId, Instant requestedAt, List<String> owners) {
		this.mongo.insert(new Document("_id", erasureId).append("requestedAt", requestedAt).append("owners", owners),
				COLLECTION);
	}

	@Override
	public void done(String erasureId, String service, String ownerId, Instant at) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(erasureId)),
				new Update().addToSet("services." + service + ".done", ownerId).max("services." + service + ".at", at),
				COLLECTION);
	}

	@Override
	public Optional<ErasureStatus> status(String erasureId, List<String> services) {
		Document erasure = this.mongo.findById(erasureId, Document.class, COLLECTION);
		if (erasure == null) {
			return Optional.empty();
		}
		List<String> owners = erasure.getList("owners", String.class, List.of());
		Document reported = erasure.get("services", new Document());
		Map<String, ErasureStatus.ServiceStatus> statuses = new LinkedHashMap<>();
		for (String service : services) {
			Document of = reported.get(service, new Document());
			boolean done = of.getList("done", String.class, List.of()).containsAll(owners);
			statuses.put(service, done ? new ErasureStatus.ServiceStatus(ErasureStatus.State.DONE, atOf(of, erasure))
					: new ErasureStatus.ServiceStatus(ErasureStatus.State.PENDING, null));
		}
		return Optional.of(new ErasureStatus(erasureId, erasure.getDate("requestedAt").toInstant(), owners, statuses));
	}

	/** An erasure that found nothing is done when it was asked for. */
	private static Instant atOf(Document service, Document erasure) {
		return (service.getDate("at") != null) ? service.getDate("at").toInstant()
				: erasure.getDate("requestedAt").toInstant();
	}

}
