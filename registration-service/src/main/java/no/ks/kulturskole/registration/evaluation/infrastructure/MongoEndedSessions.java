package no.ks.kulturskole.registration.evaluation.infrastructure;

import java.time.Instant;
import java.util.List;

import no.ks.kulturskole.registration.evaluation.application.EndedSessions;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the workshops' registrations (the delegation feature's documents) for ids only:
 * the sweep then loads each through the delegation feature's store.
 */
@Repository
class MongoEndedSessions implements EndedSessions {

	/** Where the delegation feature keeps a workshop's registrations. */
	static final String REGISTRATIONS = "workshop_registrations";

	private final MongoTemplate mongo;

	MongoEndedSessions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<String> workshopsWithAttendanceEndedBetween(Instant from, Instant to) {
		Query query = Query.query(Criteria.where("attendance.0")
			.exists(true)
			.and("workshop.sessions")
			.elemMatch(Criteria.where("endsAt").gte(from).lte(to)));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, REGISTRATIONS)
			.stream()
			.map((document) -> String.valueOf(document.get("_id")))
			.toList();
	}

}
