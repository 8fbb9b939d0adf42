package no.ks.kulturskole.registration.delegation.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.contracts.privacy.DataKeyIssued;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.RegistrationConflict;
import no.ks.kulturskole.registration.delegation.model.SessionAttendance;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.registration.delegation.model.WorkshopStatus;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.outbox.EventOrigin;
import no.ks.kulturskole.support.outbox.OutboxEntry;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per workshop in {@code workshop_registrations}. Writes are targeted
 * updates ({@code $push}, {@code $set}, {@code $inc}) conditioned on {@code version},
 * never whole-document replacements: the outbox relay {@code $pull}s published entries
 * from the same document without touching the version, and a replacement would bring
 * those entries back and publish them twice. A batch that only adds delegations (the
 * common case in a rush) {@code $push}es them, so the update carries only what is new.
 */
@Repository
class MongoWorkshopRegistrationsStore implements WorkshopRegistrationsStore {

	static final String COLLECTION = "workshop_registrations";

	/** The events waiting for the relay, in the same document as the change. */
	private static final String OUTBOX = "outbox";

	/**
	 * More than an outbox entry adds besides its payload: ids, topic, type, key, time and
	 * correlation id (at most 64 characters) with their field names.
	 */
	private static final int OUTBOX_ENTRY_OVERHEAD = 512;

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoWorkshopRegistrationsStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		// the public receipt looks a delegation up by its id across workshops
		mongo.indexOps(COLLECTION).createIndex(new Index().on("delegations.delegationId", Sort.Direction.ASC));
		// staff resolve a conflict by its id
		mongo.indexOps(COLLECTION).createIndex(new Index().on("conflicts.conflictId", Sort.Direction.ASC));
	}

	@Override
	public Optional<WorkshopRegistrations> findByConflict(String conflictId) {
		Query query = Query.query(Criteria.where("conflicts.conflictId").is(conflictId));
		return Optional.ofNullable(this.mongo.findOne(withoutOutbox(query), WorkshopRegistrations.class, COLLECTION));
	}

	@Override
	public Optional<WorkshopRegistrations> find(String workshopId) {
		Query query = Query.query(Criteria.where("_id").is(workshopId));
		return Optional.ofNullable(this.mongo.findOne(withoutOutbox(query), WorkshopRegistrations.class, COLLECTION));
	}

	@Override
	public Optional<Workshop> findWorkshop(String workshopId) {
		Query query = Query.query(Criteria.where("_id").is(workshopId));
		query.fields().include("workshop");
		Document found = this.mongo.findOne(query, Document.class, COLLECTION);
		return Optional.ofNullable(found)
			.map((document) -> document.get("workshop", Document.class))
			.map((workshop) -> this.mongo.getConverter().read(Workshop.class, workshop));
	}

	@Override
	public Optional<WorkshopRegistrations> findByDelegation(String delegationId) {
		Query query = Query.query(Criteria.where("delegations.delegationId").is(delegationId));
		return Optional.ofNullable(this.mongo.findOne(withoutOutbox(query), WorkshopRegistrations.class, COLLECTION));
	}

	/**
	 * The outbox is the relay's: a reader of the registrations never needs it, and in a
	 * rush it holds every event not yet published.
	 */
	private static Query withoutOutbox(Query query) {
		query.fields().exclude(OUTBOX);
		return query;
	}

	@Override
	public List<WorkshopRegistrations> findByPersonEmail(String email) {
		Pattern exactly = Pattern.compile("^\\s*" + Pattern.quote(email.strip()) + "\\s*$", Pattern.CASE_INSENSITIVE);
		Query query = Query
			.query(new Criteria().orOperator(Criteria.where("delegations.coordinator.email").regex(exactly),
					Criteria.where("delegations.participants.email").regex(exactly)));
		return this.mongo.find(withoutOutbox(query), WorkshopRegistrations.class, COLLECTION);
	}

	@Override
	public List<WorkshopRegistrations> findByOrganisations(Collection<String> organisationNumbers) {
		Query query = Query.query(Criteria.where("delegations.organisation.number").in(organisationNumbers));
		return this.mongo.find(withoutOutbox(query), WorkshopRegistrations.class, COLLECTION);
	}

	@Override
	public List<WorkshopRegistrations> findEndedWithPersonalData(Instant endedBy) {
		// an erased coordinator has no address (Contact.ERASED), a living one always has
		Query query = Query.query(new Criteria().andOperator(
				Criteria.where("workshop.status").in(WorkshopStatus.COMPLETED.name(), WorkshopStatus.CANCELLED.name()),
				new Criteria().orOperator(Criteria.where("workshop.endedAt").lte(endedBy),
						Criteria.where("workshop.endedAt").exists(false)),
				Criteria.where("delegations.coordinator.email").exists(true)));
		return this.mongo.find(withoutOutbox(query), WorkshopRegistrations.class, COLLECTION);
	}

	@Override
	public boolean exists(String workshopId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(workshopId)), COLLECTION);
	}

	@Override
	public void withdrawKeyAnnouncement(String workshopId, String delegationId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(workshopId)),
				new Update().pull(OUTBOX,
						new Document("type", DataKeyIssued.class.getSimpleName()).append("aggregateId", delegationId)),
				COLLECTION);
	}

	@Override
	public boolean create(WorkshopRegistrations aggregate) {
		try {
			this.mongo.insert(aggregate, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public Optional<Loaded> load(String workshopId) {
		MongoCollection<Document> collection = this.mongo.getCollection(COLLECTION);
		RawBsonDocument raw = collection.withDocumentClass(RawBsonDocument.class)
			.find(Filters.eq("_id", workshopId))
			.first();
		if (raw == null) {
			return Optional.empty();
		}
		Document document = raw.decode(collection.getCodecRegistry().get(Document.class));
		WorkshopRegistrations registrations = this.mongo.getConverter().read(WorkshopRegistrations.class, document);
		return Optional.of(new Loaded(registrations, raw.getByteBuffer().remaining()));
	}

	@Override
	public long growth(WorkshopRegistrations before, WorkshopRegistrations after) {
		Set<Delegation> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
		unchanged.addAll(before.delegations());
		long bytes = 0;
		for (Delegation delegation : after.delegations()) {
			if (!unchanged.contains(delegation)) {
				bytes += encodedSize(delegation);
			}
		}
		Set<RegistrationConflict> known = Collections.newSetFromMap(new IdentityHashMap<>());
		known.addAll(before.conflicts());
		for (RegistrationConflict conflict : after.conflicts()) {
			if (!known.contains(conflict)) {
				bytes += encodedSize(conflict);
			}
		}
		Set<SessionAttendance> recorded = Collections.newSetFromMap(new IdentityHashMap<>());
		recorded.addAll(before.attendance());
		for (SessionAttendance entry : after.attendance()) {
			if (!recorded.contains(entry)) {
				bytes += encodedSize(entry);
			}
		}
		return bytes;
	}

	@Override
	public StagedEvents stage(EventOrigin origin, List<DomainEvent> events) {
		List<OutboxEntry> entries = events.stream().map(event -> this.outboxEntries.of(event, origin)).toList();
		long bytes = entries.stream()
			.mapToLong(entry -> entry.payload().getBytes(StandardCharsets.UTF_8).length + OUTBOX_ENTRY_OVERHEAD)
			.sum();
		return new StagedEvents(entries, bytes);
	}

	@Override
	public boolean commit(Loaded loaded, WorkshopRegistrations after, List<StagedEvents> events) {
		WorkshopRegistrations before = loaded.registrations();
		Query unchanged = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
		Update update = new Update().inc("version", 1);
		if (onlyAdds(before, after)) {
			List<Delegation> added = after.delegations()
				.subList(before.delegations().size(), after.delegations().size());
			if (!added.isEmpty()) {
				update.push("delegations").each(added.toArray());
			}
		}
		else {
			update.set("workshop", after.workshop())
				.set("delegations", after.delegations())
				.set("appliedEvents", after.appliedEvents());
		}
		if (after.conflicts() != before.conflicts()) {
			update.set("conflicts", after.conflicts());
		}
		if (after.attendance() != before.attendance()) {
			update.set("attendance", after.attendance());
		}
		Object[] outbox = events.stream()
			.flatMap(staged -> staged.entries().stream())
			.map(this::outboxDocument)
			.toArray();
		if (outbox.length > 0) {
			update.push(OUTBOX).each(outbox);
		}
		boolean stored = this.mongo.updateFirst(unchanged, update, WorkshopRegistrations.class, COLLECTION)
			.getMatchedCount() == 1;
		if (stored && outbox.length > 0) {
			this.outboxEntries.written(COLLECTION, before.id());
		}
		return stored;
	}

	/**
	 * Whether the batch left the workshop replica and every earlier delegation as they
	 * were (the very same objects) and only appended delegations.
	 */
	private static boolean onlyAdds(WorkshopRegistrations before, WorkshopRegistrations after) {
		if (after.workshop() != before.workshop() || after.appliedEvents() != before.appliedEvents()
				&& !after.appliedEvents().equals(before.appliedEvents())) {
			return false;
		}
		List<Delegation> earlier = before.delegations();
		if (after.delegations().size() < earlier.size()) {
			return false;
		}
		for (int i = 0; i < earlier.size(); i++) {
			if (after.delegations().get(i) != earlier.get(i)) {
				return false;
			}
		}
		return true;
	}

	private long encodedSize(Object value) {
		Document document = new Document();
		this.mongo.getConverter().write(value, document);
		Codec<Document> codec = this.mongo.getCollection(COLLECTION).getCodecRegistry().get(Document.class);
		return new RawBsonDocument(document, codec).getByteBuffer().remaining();
	}

	private Document outboxDocument(OutboxEntry entry) {
		Document document = new Document();
		this.mongo.getConverter().write(entry, document);
		document.remove("_class");
		return document;
	}

}
