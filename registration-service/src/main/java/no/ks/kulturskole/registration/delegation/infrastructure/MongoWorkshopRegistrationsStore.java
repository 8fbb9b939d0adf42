package no.ks.kulturskole.registration.delegation.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.bson.conversions.Bson;
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
 * One document per workshop in {@code workshop_registrations}, and one per delegation in
 * {@code registration_delegations} ({@link DelegationDocuments}). The workshop's document
 * is where every change commits: a batch is one update conditioned on {@code version}
 * that puts its events in the outbox and its delegations' changes in the journal, which
 * are then written to the delegations' documents. Writes are targeted updates
 * ({@code $set}, {@code $push}, {@code $inc}), never whole-document replacements: the
 * outbox relay {@code $pull}s published entries from the same document without touching
 * the version, and a replacement would bring those entries back and publish them twice.
 */
@Repository
class MongoWorkshopRegistrationsStore implements WorkshopRegistrationsStore {

	static final String COLLECTION = "workshop_registrations";

	/**
	 * Where workshops stored before delegations had documents of their own kept them;
	 * also the aggregate's field, so the converter reads it there.
	 */
	private static final String EMBEDDED_DELEGATIONS = "delegations";

	/** The events waiting for the relay, in the same document as the change. */
	private static final String OUTBOX = "outbox";

	/**
	 * More than an outbox entry adds besides its payload: ids, topic, type, key, time and
	 * correlation id (at most 64 characters) with their field names.
	 */
	private static final int OUTBOX_ENTRY_OVERHEAD = 512;

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	private final DelegationDocuments delegations;

	MongoWorkshopRegistrationsStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		this.delegations = new DelegationDocuments(mongo);
		// staff resolve a conflict by its id
		mongo.indexOps(COLLECTION).createIndex(new Index().on("conflicts.conflictId", Sort.Direction.ASC));
		moveEmbeddedDelegations();
	}

	/**
	 * Workshops stored before delegations had documents of their own kept them in an
	 * array: each is loaded once (which writes its delegations out, see {@link #read})
	 * and the array removed, unless a batch did that first.
	 */
	private void moveEmbeddedDelegations() {
		MongoCollection<Document> collection = this.mongo.getCollection(COLLECTION);
		List<Document> embedding = collection.find(Filters.exists(EMBEDDED_DELEGATIONS))
			.projection(new Document("_id", 1))
			.into(new ArrayList<>());
		for (Document workshop : embedding) {
			load(workshop.getString("_id")).ifPresent((loaded) -> collection.updateOne(
					Filters.and(Filters.eq("_id", loaded.registrations().id()),
							Filters.eq("version", loaded.registrations().version())),
					new Document("$unset", new Document(EMBEDDED_DELEGATIONS, ""))));
		}
	}

	@Override
	public Optional<WorkshopRegistrations> findByConflict(String conflictId) {
		return firstWorkshopWhere(Filters.eq("conflicts.conflictId", conflictId)).flatMap(this::find);
	}

	@Override
	public Optional<WorkshopRegistrations> find(String workshopId) {
		return read(workshopId, false).map(Loaded::registrations);
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
	public Optional<Integer> conflictCount(String workshopId) {
		Query query = Query.query(Criteria.where("_id").is(workshopId));
		query.fields().include("conflicts");
		Document found = this.mongo.findOne(query, Document.class, COLLECTION);
		return Optional.ofNullable(found)
			.map((document) -> document.getList("conflicts", Object.class, List.of()).size());
	}

	@Override
	public Optional<WorkshopRegistrations> findByDelegation(String delegationId) {
		return this.delegations.workshopOf(delegationId).flatMap(this::find);
	}

	@Override
	public List<WorkshopRegistrations> findByPersonEmail(String email) {
		Pattern exactly = Pattern.compile("^\\s*" + Pattern.quote(email.strip()) + "\\s*$", Pattern.CASE_INSENSITIVE);
		List<String> ids = new ArrayList<>(this.delegations.workshopsWhere(new Document("coordinator.email", exactly)));
		for (String id : this.delegations.workshopsWhere(new Document("participants.email", exactly))) {
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return findAll(ids);
	}

	@Override
	public List<WorkshopRegistrations> findByOrganisations(Collection<String> organisationNumbers) {
		return findAll(this.delegations.workshopsWhere(
				new Document("organisation.number", new Document("$in", List.copyOf(organisationNumbers)))));
	}

	@Override
	public List<WorkshopRegistrations> findEndedWithPersonalData(Instant endedBy) {
		Query ended = Query.query(new Criteria().andOperator(
				Criteria.where("workshop.status").in(WorkshopStatus.COMPLETED.name(), WorkshopStatus.CANCELLED.name()),
				new Criteria().orOperator(Criteria.where("workshop.endedAt").lte(endedBy),
						Criteria.where("workshop.endedAt").exists(false))));
		ended.fields().include("_id");
		List<String> endedIds = this.mongo.find(ended, Document.class, COLLECTION)
			.stream()
			.map((document) -> document.getString("_id"))
			.toList();
		if (endedIds.isEmpty()) {
			return List.of();
		}
		// an erased coordinator has no address (Contact.ERASED), a living one always has
		List<String> withPersonalData = this.delegations
			.workshopsWhere(new Document("coordinator.email", new Document("$exists", true)));
		return findAll(endedIds.stream().filter(withPersonalData::contains).toList());
	}

	private List<WorkshopRegistrations> findAll(List<String> workshopIds) {
		return workshopIds.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	private Optional<String> firstWorkshopWhere(Bson filter) {
		Document found = this.mongo.getCollection(COLLECTION).find(filter).projection(new Document("_id", 1)).first();
		return Optional.ofNullable(found).map((document) -> document.getString("_id"));
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
		if (!aggregate.delegations().isEmpty()) {
			throw new IllegalArgumentException("A workshop's registrations begin without delegations");
		}
		Document document = new Document();
		this.mongo.getConverter().write(aggregate, document);
		document.remove(EMBEDDED_DELEGATIONS);
		try {
			this.mongo.insert(document, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public Optional<Loaded> load(String workshopId) {
		return read(workshopId, true);
	}

	/**
	 * The workshop's document and its delegations' documents, with its journal written
	 * first where it was not (see {@link DelegationDocuments}); the size is the workshop
	 * document's, the outbox counted when it is read.
	 */
	private Optional<Loaded> read(String workshopId, boolean withOutbox) {
		MongoCollection<Document> collection = this.mongo.getCollection(COLLECTION);
		RawBsonDocument raw = collection.withDocumentClass(RawBsonDocument.class)
			.find(Filters.eq("_id", workshopId))
			.projection(withOutbox ? null : new Document(OUTBOX, 0))
			.first();
		if (raw == null) {
			return Optional.empty();
		}
		Document document = raw.decode(collection.getCodecRegistry().get(Document.class));
		long version = document.get("version", Number.class).longValue();
		List<Document> journal = new ArrayList<>();
		List<Document> embedded = document.getList(EMBEDDED_DELEGATIONS, Document.class, List.of());
		for (int position = 0; position < embedded.size(); position++) {
			Delegation delegation = this.delegations.delegationOf(embedded.get(position));
			journal.add(this.delegations.added(workshopId, position, delegation, version));
		}
		journal.addAll(document.getList(DelegationDocuments.JOURNAL, Document.class, List.of()));
		Collection<Document> stored = this.delegations.storedWith(workshopId, journal).values();
		Document[] ordered = new Document[stored.size()];
		for (Document delegation : stored) {
			int position = delegation.get(DelegationDocuments.POSITION, Number.class).intValue();
			if (position >= ordered.length || ordered[position] != null) {
				throw new IllegalStateException("Workshop " + workshopId + ": delegation positions are not 0.."
						+ (ordered.length - 1) + " (" + position + ")");
			}
			ordered[position] = delegation;
		}
		document.put(EMBEDDED_DELEGATIONS, Arrays.asList(ordered));
		WorkshopRegistrations registrations = this.mongo.getConverter().read(WorkshopRegistrations.class, document);
		return Optional.of(new Loaded(registrations, raw.getByteBuffer().remaining()));
	}

	@Override
	public long growth(WorkshopRegistrations before, WorkshopRegistrations after) {
		long bytes = 0;
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
	public long journalBytes(WorkshopRegistrations before, WorkshopRegistrations after) {
		Set<Delegation> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
		unchanged.addAll(before.delegations());
		long bytes = 0;
		for (Delegation delegation : after.delegations()) {
			if (!unchanged.contains(delegation)) {
				bytes += encodedSize(delegation);
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
		long version = before.version() + 1;
		Query unchanged = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
		Update update = new Update().inc("version", 1).unset(EMBEDDED_DELEGATIONS);
		if (after.workshop() != before.workshop()) {
			update.set("workshop", after.workshop());
		}
		if (after.appliedEvents() != before.appliedEvents()) {
			update.set("appliedEvents", after.appliedEvents());
		}
		if (after.conflicts() != before.conflicts()) {
			update.set("conflicts", after.conflicts());
		}
		if (after.attendance() != before.attendance()) {
			update.set("attendance", after.attendance());
		}
		List<Document> journal = journal(before, after, version);
		update.set(DelegationDocuments.JOURNAL, journal);
		Object[] outbox = events.stream()
			.flatMap(staged -> staged.entries().stream())
			.map(this::outboxDocument)
			.toArray();
		if (outbox.length > 0) {
			update.push(OUTBOX).each(outbox);
		}
		boolean stored = this.mongo.updateFirst(unchanged, update, WorkshopRegistrations.class, COLLECTION)
			.getMatchedCount() == 1;
		if (stored) {
			this.delegations.write(journal);
			if (outbox.length > 0) {
				this.outboxEntries.written(COLLECTION, before.id());
			}
		}
		return stored;
	}

	/**
	 * The delegations a batch added (whole) and changed (the fields that changed); a
	 * delegation equal to the one before is unchanged, whether the same object or not.
	 */
	private List<Document> journal(WorkshopRegistrations before, WorkshopRegistrations after, long version) {
		List<Document> journal = new ArrayList<>();
		List<Delegation> earlier = before.delegations();
		List<Delegation> now = after.delegations();
		for (int position = 0; position < now.size(); position++) {
			Delegation delegation = now.get(position);
			if (position >= earlier.size()) {
				journal.add(this.delegations.added(after.id(), position, delegation, version));
			}
			else if (delegation != earlier.get(position) && !delegation.equals(earlier.get(position))) {
				journal.add(this.delegations.changed(earlier.get(position), delegation, version));
			}
		}
		return journal;
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
