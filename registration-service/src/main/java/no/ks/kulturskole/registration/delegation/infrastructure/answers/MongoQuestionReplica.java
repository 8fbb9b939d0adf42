package no.ks.kulturskole.registration.delegation.infrastructure.answers;

import java.util.List;

import no.ks.kulturskole.contracts.workshop.RegistrationQuestion;
import no.ks.kulturskole.registration.delegation.application.answers.QuestionReplica;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per workshop in {@code registration_questions}. The write is an upsert
 * that matches only an older form, so a redelivered older form changes nothing (and its
 * duplicate-key refusal is the sign of that).
 */
@Repository
class MongoQuestionReplica implements QuestionReplica {

	static final String COLLECTION = "registration_questions";

	private final MongoTemplate mongo;

	MongoQuestionReplica(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<RegistrationQuestion> questionsOf(String workshopId) {
		FormDocument form = this.mongo.findById(workshopId, FormDocument.class, COLLECTION);
		return (form != null) ? form.questions() : List.of();
	}

	@Override
	public void put(String workshopId, int formVersion, List<RegistrationQuestion> questions) {
		Query older = Query.query(Criteria.where("_id").is(workshopId).and("formVersion").lt(formVersion));
		Update update = new Update().set("formVersion", formVersion).set("questions", questions);
		try {
			this.mongo.upsert(older, update, FormDocument.class, COLLECTION);
		}
		catch (DuplicateKeyException newerHeld) {
			// a form of this version or newer is held already
		}
	}

	record FormDocument(@Id String workshopId, int formVersion, List<RegistrationQuestion> questions) {

		FormDocument {
			questions = (questions != null) ? List.copyOf(questions) : List.of();
		}

	}

}
