package no.ks.kulturskole.notification.pilot.infrastructure;

import java.time.Instant;
import java.util.Optional;

import no.ks.kulturskole.notification.pilot.application.MunicipalityLanguages;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code municipality_languages}, {@code _id} = municipality number: the
 * language and when it was chosen. No personal data.
 */
@Component
class MongoMunicipalityLanguages implements MunicipalityLanguages {

	static final String COLLECTION = "municipality_languages";

	private final MongoTemplate mongo;

	MongoMunicipalityLanguages(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void record(String municipalityNumber, String language, Instant chosenAt) {
		Query older = Query.query(Criteria.where("_id").is(municipalityNumber).and("chosenAt").lt(chosenAt));
		Update choice = new Update().set("language", language).set("chosenAt", chosenAt);
		if (this.mongo.updateFirst(older, choice, COLLECTION).getMatchedCount() == 1) {
			return;
		}
		try {
			this.mongo.insert(
					new Document("_id", municipalityNumber).append("language", language).append("chosenAt", chosenAt),
					COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// a choice is stored already: ours replaces it only if made later
			this.mongo.updateFirst(older, choice, COLLECTION);
		}
	}

	@Override
	public Optional<String> of(String municipalityNumber) {
		return Optional.ofNullable(this.mongo.findById(municipalityNumber, Document.class, COLLECTION))
			.map((document) -> document.getString("language"));
	}

}
