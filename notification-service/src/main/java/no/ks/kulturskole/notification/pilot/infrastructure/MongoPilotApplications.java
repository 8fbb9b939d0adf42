package no.ks.kulturskole.notification.pilot.infrastructure;

import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.notification.pilot.application.PilotApplications;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code pilot_applications}, {@code _id} = application id: the contact to
 * write to. Personal data: erase with the application.
 */
@Component
class MongoPilotApplications implements PilotApplications {

	static final String COLLECTION = "pilot_applications";

	private final MongoTemplate mongo;

	MongoPilotApplications(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void record(String applicationId, Applicant applicant) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(applicationId)),
				new Update().set("contactName", applicant.contactName())
					.set("contactEmail", applicant.contactEmail())
					.set("municipalityName", applicant.municipalityName())
					.set("municipalityNumber", applicant.municipalityNumber()),
				COLLECTION);
	}

	@Override
	public Optional<Applicant> find(String applicationId) {
		return Optional.ofNullable(this.mongo.findById(applicationId, Document.class, COLLECTION))
			.map(MongoPilotApplications::applicantOf);
	}

	@Override
	public List<Applicant> fromMunicipality(String municipalityNumber) {
		return this.mongo
			.find(Query.query(Criteria.where("municipalityNumber").is(municipalityNumber)), Document.class, COLLECTION)
			.stream()
			.map(MongoPilotApplications::applicantOf)
			.toList();
	}

	private static Applicant applicantOf(Document document) {
		return new Applicant(document.getString("contactName"), document.getString("contactEmail"),
				document.getString("municipalityName"), document.getString("municipalityNumber"));
	}

}
