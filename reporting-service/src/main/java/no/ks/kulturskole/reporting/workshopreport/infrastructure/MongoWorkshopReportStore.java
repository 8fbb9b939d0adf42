package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.OrganisationDelegation;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import no.ks.kulturskole.reporting.workshopreport.model.ReportBookkeeping;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReportDraft;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;
import org.bson.Document;
import org.bson.RawBsonDocument;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * One document per workshop in {@value #COLLECTION} ({@code _id} = workshopId), always
 * written whole: the report with every count derived, plus its bookkeeping
 * ({@link ReportBookkeeping}: offset watermark per partition, the last event ids, counted
 * mail ids, removed participants), all bounded by the workshop's size, none by its number
 * of events.
 * <p>
 * <b>Optimistic, one write per report and batch.</b> {@link #update} reads all the
 * reports a batch touches in one query (those this instance wrote last it takes from
 * memory, as written: in a rush that saves reading a growing report back after every
 * poll), folds them in memory and writes each changed one with a single replace
 * conditioned on the {@code version} it read (an insert for a new one). The three topics'
 * consumers may fold the same report at the same time; the one that loses the race
 * (nothing matched, or a duplicate key on insert) loads that report again and folds its
 * events again onto what the winner wrote. No transactions: each write is one document,
 * which real MongoDB and the embedded server both make atomic.
 * <p>
 * The read model is disposable: it can be dropped and rebuilt by replaying the topics,
 * which keep their events forever ({@link ReadModelRebuild}).
 */
public class MongoWorkshopReportStore implements WorkshopReportStore {

	public static final String COLLECTION = "workshop_reports";

	private static final String VERSION = WorkshopReportDocuments.VERSION;

	/**
	 * Reports per {@code insertMany} of a rebuild: a few MB, well under a batch's limit.
	 */
	static final int INSERT_CHUNK = 250;

	private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

	/** Far more than three consumers can collide on one report. */
	private static final int ATTEMPTS = 50;

	private final MongoTemplate mongo;

	private final Supplier<String> collection;

	private final ReentrantLock[] locks = new ReentrantLock[64];

	/**
	 * Each report as this instance last wrote it: the next batch folds onto it without
	 * reading it back ({@link WrittenReports}).
	 */
	private final WrittenReports written = new WrittenReports();

	public MongoWorkshopReportStore(MongoTemplate mongo) {
		this(mongo, () -> COLLECTION);
	}

	/**
	 * @param collection asked on every operation: a rebuild switches the live store to
	 * new collections
	 */
	public MongoWorkshopReportStore(MongoTemplate mongo, Supplier<String> collection) {
		this.mongo = mongo;
		this.collection = collection;
		Arrays.setAll(this.locks, (i) -> new ReentrantLock());
	}

	private String collection() {
		return this.collection.get();
	}

	@Override
	public Set<String> update(Set<String> workshopIds, Consumer<WorkshopReportDraft> fold) {
		// always taken in the same order, so two consumers can never wait for each other
		List<ReentrantLock> locks = workshopIds.stream()
			.mapToInt(this::stripeOf)
			.distinct()
			.sorted()
			.mapToObj((stripe) -> this.locks[stripe])
			.toList();
		locks.forEach(ReentrantLock::lock);
		try {
			return updateLocked(workshopIds, fold);
		}
		catch (RuntimeException ex) {
			// a fold or a write that failed half-way: what this instance remembers may
			// not be what is stored
			workshopIds.forEach((workshopId) -> this.written.forget(collection(), workshopId));
			throw ex;
		}
		finally {
			locks.reversed().forEach(ReentrantLock::unlock);
		}
	}

	/**
	 * The three topics' consumers of this instance take turns on a report: without it, a
	 * rush's large batch of registrations kept losing the version race to the small
	 * batches of mails arriving meanwhile, and folded again and again. Other instances
	 * are still kept apart by the version.
	 */
	private int stripeOf(String workshopId) {
		return Math.floorMod(workshopId.hashCode(), this.locks.length);
	}

	private Set<String> updateLocked(Set<String> workshopIds, Consumer<WorkshopReportDraft> fold) {
		Set<String> changed = new LinkedHashSet<>();
		Set<String> pending = new LinkedHashSet<>(workshopIds);
		for (int attempt = 1; !pending.isEmpty(); attempt++) {
			if (attempt > ATTEMPTS) {
				throw new IllegalStateException("Reports " + pending + " kept changing under this consumer");
			}
			Map<String, Document> stored = this.written.of(collection(), pending);
			Set<String> unknown = new HashSet<>(pending);
			unknown.removeAll(stored.keySet());
			if (!unknown.isEmpty()) {
				stored.putAll(load(unknown));
			}
			Set<String> lost = new HashSet<>();
			for (String workshopId : pending) {
				Document document = stored.get(workshopId);
				WorkshopReportDraft draft = (document != null) ? WorkshopReportDocuments.draftOf(document)
						: WorkshopReportDraft.empty(workshopId);
				fold.accept(draft);
				if (!draft.changed()) {
					continue;
				}
				if (write(draft, (document != null) ? document.get(VERSION, Number.class).longValue() : null)) {
					changed.add(workshopId);
				}
				else {
					this.written.forget(collection(), workshopId);
					lost.add(workshopId);
				}
			}
			pending.retainAll(lost);
		}
		return changed;
	}

	/**
	 * The documents of new reports (version 1), for {@link #insertDocuments}: encoded
	 * here ({@link RawDocuments}), so the driver only copies their bytes.
	 */
	static List<RawBsonDocument> documentsOf(Collection<WorkshopReportDraft> drafts) {
		RawDocuments encoder = new RawDocuments();
		List<RawBsonDocument> documents = new ArrayList<>(drafts.size());
		for (WorkshopReportDraft draft : drafts) {
			documents.add(encoder.rawOf(WorkshopReportDocuments.documentOf(draft, 1)));
		}
		return documents;
	}

	/**
	 * Writes reports folded elsewhere (a rebuild's replay) into an empty collection, in
	 * bulk: {@code insertMany} in chunks of {@value #INSERT_CHUNK} reports, one round
	 * trip each, unordered (the reports are independent, so the server need not apply
	 * them one after another). Safe to call from several threads at once with disjoint
	 * reports.
	 */
	void insertDocuments(List<RawBsonDocument> documents) {
		MongoCollection<RawBsonDocument> reports = this.mongo.getCollection(collection())
			.withDocumentClass(RawBsonDocument.class);
		for (int from = 0; from < documents.size(); from += INSERT_CHUNK) {
			reports.insertMany(documents.subList(from, Math.min(from + INSERT_CHUNK, documents.size())), UNORDERED);
		}
	}

	@Override
	public Optional<WorkshopReport> find(String workshopId) {
		return Optional.ofNullable(this.mongo.findOne(byId(workshopId), WorkshopReport.class, collection()));
	}

	@Override
	public Set<String> registeredOrganisations(String workshopId) {
		Query reports = (workshopId != null) ? byId(workshopId) : new Query();
		reports.fields().include("delegations.municipalityNumber", "delegations.status");
		Set<String> numbers = new HashSet<>();
		for (Document report : this.mongo.find(reports, Document.class, collection())) {
			for (Document delegation : report.getList("delegations", Document.class, List.of())) {
				if (!DelegationStatus.CANCELLED.name().equals(delegation.getString("status"))) {
					numbers.add(delegation.getString("municipalityNumber"));
				}
			}
		}
		return numbers;
	}

	@Override
	public List<OrganisationDelegation> activeDelegations(String workshopId) {
		Query reports = (workshopId != null) ? byId(workshopId) : new Query();
		reports.fields()
			.include("status", "delegations.municipalityNumber", "delegations.status", "delegations.participantCount");
		List<OrganisationDelegation> delegations = new ArrayList<>();
		for (Document report : this.mongo.find(reports, Document.class, collection())) {
			boolean completed = WorkshopStatus.COMPLETED.name().equals(report.getString("status"));
			for (Document delegation : report.getList("delegations", Document.class, List.of())) {
				String status = delegation.getString("status");
				if (status != null && !DelegationStatus.CANCELLED.name().equals(status)) {
					Number participants = delegation.get("participantCount", Number.class);
					delegations.add(new OrganisationDelegation(delegation.getString("municipalityNumber"),
							DelegationStatus.valueOf(status), (participants != null) ? participants.intValue() : 0,
							completed));
				}
			}
		}
		return delegations;
	}

	@Override
	public List<WorkshopReport> withMunicipality(String number) {
		return this.mongo.find(query(where("delegations.municipalityNumber").is(number)), WorkshopReport.class,
				collection());
	}

	@Override
	public List<WorkshopSummary> list() {
		Query overview = new Query();
		// no delegations and no personal data in the overview
		overview.fields().include("workshopId", "title", "programme", "status", "sessions", "totals");
		return this.mongo.find(overview, WorkshopSummary.class, collection());
	}

	private Map<String, Document> load(Set<String> workshopIds) {
		Map<String, Document> documents = new HashMap<>();
		for (Document document : this.mongo.find(query(where("_id").in(workshopIds)), Document.class, collection())) {
			documents.put(document.getString("_id"), document);
		}
		return documents;
	}

	/**
	 * @param version the version read, {@code null} for a report not stored yet
	 * @return whether the write won: nobody else wrote the report since it was read
	 */
	private boolean write(WorkshopReportDraft draft, Long version) {
		if (version == null) {
			try {
				Document created = WorkshopReportDocuments.documentOf(draft, 1);
				this.mongo.insert(created, collection());
				this.written.remember(collection(), created);
				return true;
			}
			catch (DuplicateKeyException ex) {
				// another topic's consumer created it first
				return false;
			}
		}
		Document next = WorkshopReportDocuments.documentOf(draft, version + 1);
		boolean won = this.mongo.getCollection(collection())
			.replaceOne(new Document("_id", draft.workshopId()).append(VERSION, version), next)
			.getMatchedCount() == 1;
		if (won) {
			this.written.remember(collection(), next);
		}
		return won;
	}

	private static Query byId(String workshopId) {
		return query(where("_id").is(workshopId));
	}

}
