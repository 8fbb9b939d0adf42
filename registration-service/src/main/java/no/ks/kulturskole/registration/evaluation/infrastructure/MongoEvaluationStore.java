package no.ks.kulturskole.registration.evaluation.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import no.ks.kulturskole.registration.evaluation.application.EvaluationStore;
import no.ks.kulturskole.registration.evaluation.model.Answer;
import no.ks.kulturskole.registration.evaluation.model.EvaluationForm;
import no.ks.kulturskole.registration.evaluation.model.EvaluationQuestion;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Three collections: {@value #FORMS} (one document per workshop that has its own
 * questions), {@value #LINKS} ({@code _id} = the secret's SHA-256) and {@value #ANSWERS}
 * (a random id, the workshop, the session, the day and the answers: nothing that leads to
 * a link or a person).
 */
@Repository
class MongoEvaluationStore implements EvaluationStore {

	static final String FORMS = "evaluation_forms";

	static final String LINKS = "evaluation_links";

	static final String ANSWERS = "evaluation_answers";

	private final MongoTemplate mongo;

	MongoEvaluationStore(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(LINKS).createIndex(new Index().on("workshopId", Sort.Direction.ASC));
		mongo.indexOps(ANSWERS).createIndex(new Index().on("workshopId", Sort.Direction.ASC));
	}

	@Override
	public Optional<EvaluationForm> form(String workshopId) {
		return Optional.ofNullable(this.mongo.findById(workshopId, FormDocument.class, FORMS))
			.map((document) -> new EvaluationForm(document.questions(), false));
	}

	@Override
	public void saveForm(String workshopId, EvaluationForm form, Instant at) {
		this.mongo.save(new FormDocument(workshopId, form.questions(), at), FORMS);
	}

	@Override
	public void addLinks(List<Link> links) {
		List<Document> documents = new ArrayList<>();
		for (Link link : links) {
			documents.add(new Document("_id", link.hash()).append("workshopId", link.workshopId())
				.append("sessionId", link.sessionId())
				.append("language", link.language())
				.append("used", false));
		}
		if (!documents.isEmpty()) {
			this.mongo.getCollection(LINKS).insertMany(documents);
		}
	}

	@Override
	public void removeLinks(List<String> hashes) {
		this.mongo.remove(Query.query(Criteria.where("_id").in(hashes)), LINKS);
	}

	@Override
	public Optional<Link> link(String hash) {
		Document found = this.mongo.findById(hash, Document.class, LINKS);
		return Optional.ofNullable(found)
			.map((document) -> new Link(document.getString("_id"), document.getString("workshopId"),
					document.getString("sessionId"), document.getString("language"),
					Boolean.TRUE.equals(document.getBoolean("used"))));
	}

	@Override
	public boolean useLink(String hash) {
		// only whether it was used, not when: the time would line up with the answer's
		Query unused = Query.query(Criteria.where("_id").is(hash).and("used").is(false));
		return this.mongo.updateFirst(unused, new Update().set("used", true), LINKS).getModifiedCount() == 1;
	}

	@Override
	public long linksIssued(String workshopId) {
		return this.mongo.count(Query.query(Criteria.where("workshopId").is(workshopId)), LINKS);
	}

	@Override
	public void addAnswers(String workshopId, String sessionId, List<Answer> answers, LocalDate submittedOn) {
		this.mongo.insert(new AnswersDocument(UUID.randomUUID().toString(), workshopId, sessionId, answers,
				submittedOn.toString()), ANSWERS);
	}

	@Override
	public List<List<Answer>> answers(String workshopId) {
		return this.mongo.find(Query.query(Criteria.where("workshopId").is(workshopId)), AnswersDocument.class, ANSWERS)
			.stream()
			.map(AnswersDocument::answers)
			.toList();
	}

	@Override
	public boolean hasAnswers(String workshopId) {
		return this.mongo.exists(Query.query(Criteria.where("workshopId").is(workshopId)), ANSWERS);
	}

	record FormDocument(String id, List<EvaluationQuestion> questions, Instant updatedAt) {
	}

	/**
	 * @param submittedOn the day (ISO date), deliberately not the time
	 */
	record AnswersDocument(String id, String workshopId, String sessionId, List<Answer> answers, String submittedOn) {
	}

}
