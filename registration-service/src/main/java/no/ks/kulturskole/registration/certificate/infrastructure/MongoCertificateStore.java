package no.ks.kulturskole.registration.certificate.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import no.ks.kulturskole.registration.certificate.application.CertificateStore;
import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Collection {@value #COLLECTION}: one document per verification code ({@code _id}), ids
 * and times only. Issuing is an upsert that sets everything only on insert, so two
 * downloads at once, or on two instances, store one record with the first time.
 */
@Repository
class MongoCertificateStore implements CertificateStore {

	static final String COLLECTION = "certificates";

	private final MongoTemplate mongo;

	MongoCertificateStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Issued issue(String code, String workshopId, String delegationId, String participantId, Instant at) {
		Document stored = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(code)),
				new Update().setOnInsert("workshopId", workshopId)
					.setOnInsert("delegationId", delegationId)
					.setOnInsert("participantId", participantId)
					.setOnInsert("issuedAt", at),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		return issuedOf(stored);
	}

	@Override
	public Optional<Issued> find(String code) {
		return Optional.ofNullable(this.mongo.findById(code, Document.class, COLLECTION))
			.map(MongoCertificateStore::issuedOf);
	}

	@Override
	public void erasedWith(String delegationId, Instant at) {
		this.mongo.updateMulti(
				Query.query(Criteria.where("delegationId").is(delegationId).and("erasedAt").exists(false)),
				new Update().set("erasedAt", at), COLLECTION);
	}

	private static Issued issuedOf(Document document) {
		return new Issued(document.getString("_id"), document.getString("workshopId"),
				document.getString("delegationId"), document.getString("participantId"),
				instantOf(document.getDate("issuedAt")), instantOf(document.getDate("erasedAt")));
	}

	private static Instant instantOf(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
