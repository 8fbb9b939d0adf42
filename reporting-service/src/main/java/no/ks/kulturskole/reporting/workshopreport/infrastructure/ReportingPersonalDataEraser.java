package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.support.privacy.PersonalDataEraser;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * reporting-service's copies of a delegation's personal data (issue 14): the delegates'
 * names and the answers to the extra questions (issue 17) in the live workshop reports
 * (the pilot read model holds no contact). Written conditioned on the report's
 * {@code version}, as the projection writes, so neither overwrites the other; a rebuild
 * reads the erased key and writes "slettet" itself.
 */
@Component
class ReportingPersonalDataEraser implements PersonalDataEraser {

	private static final int ATTEMPTS = 20;

	private final MongoTemplate mongo;

	private final ActiveGeneration active;

	ReportingPersonalDataEraser(MongoTemplate mongo, ActiveGeneration active) {
		this.mongo = mongo;
		this.active = active;
	}

	@Override
	public void erase(String ownerId) {
		Query reports = Query.query(new Criteria().orOperator(Criteria.where("participants.delegationId").is(ownerId),
				Criteria.where("answers.delegationId").is(ownerId)));
		for (Document report : this.mongo.find(reports, Document.class, this.active.workshopReports())) {
			eraseIn(report.get("_id"), ownerId);
		}
	}

	private void eraseIn(Object reportId, String delegationId) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Document report = this.mongo.findById(reportId, Document.class, this.active.workshopReports());
			if (report == null) {
				return;
			}
			List<Document> participants = new ArrayList<>();
			for (Document participant : report.getList("participants", Document.class, List.of())) {
				participants.add(delegationId.equals(participant.getString("delegationId"))
						? new Document(participant).append("name", PersonalData.ERASED) : participant);
			}
			// the answers to the extra questions (health-related needs among them) go
			// whole
			List<Document> answers = new ArrayList<>(report.getList("answers", Document.class, List.of()));
			answers.removeIf((given) -> delegationId.equals(given.getString("delegationId")));
			Query unchanged = Query.query(Criteria.where("_id").is(reportId).and("version").is(report.get("version")));
			if (this.mongo
				.updateFirst(unchanged,
						new Update().set("participants", participants).set("answers", answers).inc("version", 1),
						this.active.workshopReports())
				.getMatchedCount() == 1) {
				return;
			}
		}
		throw new IllegalStateException("Erasing in report " + reportId + " lost every race");
	}

}
