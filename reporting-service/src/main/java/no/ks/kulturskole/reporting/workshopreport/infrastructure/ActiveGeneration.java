package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Which set of read-model collections is live. A pointer document
 * ({@value #POINTERS}/{@code active}) names the generation; the collections of generation
 * {@code g} are {@code workshop_reports_g} and {@code pilot_applications_g}, and the
 * first generation ({@code ""}) keeps the plain names. Switching is one single-document
 * write, so it is atomic; the value is cached here and changed only by the rebuild, which
 * runs in this process (one reporting instance; more would re-read the pointer).
 */
public class ActiveGeneration {

	static final String POINTERS = "read_model_pointers";

	private final MongoTemplate mongo;

	private volatile String generation;

	public ActiveGeneration(MongoTemplate mongo) {
		this.mongo = mongo;
		Document pointer = mongo.findOne(query(where("_id").is("active")), Document.class, POINTERS);
		this.generation = (pointer != null) ? pointer.getString("generation") : "";
	}

	public String generation() {
		return this.generation;
	}

	public String workshopReports() {
		return workshopReports(this.generation);
	}

	public String pilotApplications() {
		return pilotApplications(this.generation);
	}

	static String workshopReports(String generation) {
		return generation.isEmpty() ? MongoWorkshopReportStore.COLLECTION
				: MongoWorkshopReportStore.COLLECTION + "_" + generation;
	}

	static String pilotApplications(String generation) {
		return generation.isEmpty() ? MongoPilotApplicationStore.COLLECTION
				: MongoPilotApplicationStore.COLLECTION + "_" + generation;
	}

	void switchTo(String next) {
		this.mongo.upsert(query(where("_id").is("active")), new Update().set("generation", next), POINTERS);
		this.generation = next;
	}

}
