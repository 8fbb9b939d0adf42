package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.util.Set;
import java.util.stream.Collectors;

import no.ks.kulturskole.workshop.workshop.application.PilotMunicipalities;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per selected municipality in {@code pilot_municipalities}, its number as
 * {@code _id}: an upsert, so a redelivered selection changes nothing. Numbers only, no
 * person.
 */
@Repository
class MongoPilotMunicipalities implements PilotMunicipalities {

	static final String COLLECTION = "pilot_municipalities";

	private final MongoTemplate mongo;

	MongoPilotMunicipalities(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void add(String organisationNumber) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(organisationNumber)),
				new Update().setOnInsert("selected", true), COLLECTION);
	}

	@Override
	public Set<String> all() {
		return this.mongo.findAll(Document.class, COLLECTION)
			.stream()
			.map(document -> document.getString("_id"))
			.collect(Collectors.toSet());
	}

}
