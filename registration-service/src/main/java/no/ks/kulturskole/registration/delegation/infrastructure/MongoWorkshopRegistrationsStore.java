package no.ks.kulturskole.registration.delegation.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.DomainEvent;
import no.ks.kulturskole.registration.delegation.application.WorkshopRegistrationsStore;
import no.ks.kulturskole.registration.delegation.model.Delegation;
import no.ks.kulturskole.registration.delegation.model.Workshop;
import no.ks.kulturskole.registration.delegation.model.WorkshopRegistrations;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import org.bson.Document;

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
 * those entries back and publish them twice.
 */
@Repository
class MongoWorkshopRegistrationsStore implements WorkshopRegistrationsStore {

	static final String COLLECTION = "workshop_registrations";

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoWorkshopRegistrationsStore(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		// the public receipt looks a delegation up by its id across workshops
		mongo.indexOps(COLLECTION).createIndex(new Index().on("delegations.delegationId", Sort.Direction.ASC));
	}

	@Override
	public Optional<WorkshopRegistrations> find(String workshopId) {
		return Optional.ofNullable(this.mongo.findById(workshopId, WorkshopRegistrations.class, COLLECTION));
	}

	@Override
	public Optional<WorkshopRegistrations> findByDelegation(String delegationId) {
		Query query = Query.query(Criteria.where("delegations.delegationId").is(delegationId));
		return Optional.ofNullable(this.mongo.findOne(query, WorkshopRegistrations.class, COLLECTION));
	}

	@Override
	public List<WorkshopRegistrations> findByOrganisations(Collection<String> organisationNumbers) {
		Query query = Query.query(Criteria.where("delegations.organisation.number").in(organisationNumbers));
		return this.mongo.find(query, WorkshopRegistrations.class, COLLECTION);
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
	public boolean replaceWorkshop(String workshopId, long expectedVersion, String eventId, Workshop workshop) {
		Query unchanged = Query.query(Criteria.where("_id")
			.is(workshopId)
			.and("version")
			.is(expectedVersion)
			.and("appliedEvents")
			.ne(eventId));
		Update update = new Update().set("workshop", workshop).push("appliedEvents", eventId).inc("version", 1);
		return this.mongo.updateFirst(unchanged, update, WorkshopRegistrations.class, COLLECTION)
			.getMatchedCount() == 1;
	}

	@Override
	public boolean addDelegation(String workshopId, long expectedVersion, Delegation delegation,
			List<DomainEvent> events) {
		Query unchanged = Query.query(Criteria.where("_id").is(workshopId).and("version").is(expectedVersion));
		Update update = new Update().push("delegations", delegation)
			.inc("version", 1)
			.push("outbox")
			.each(events.stream().map(this::outboxEntry).toArray());
		return this.mongo.updateFirst(unchanged, update, WorkshopRegistrations.class, COLLECTION)
			.getMatchedCount() == 1;
	}

	@Override
	public boolean save(long expectedVersion, WorkshopRegistrations after, List<DomainEvent> events) {
		Query unchanged = Query.query(Criteria.where("_id").is(after.id()).and("version").is(expectedVersion));
		Update update = new Update().set("workshop", after.workshop())
			.set("delegations", after.delegations())
			.set("appliedEvents", after.appliedEvents())
			.inc("version", 1);
		if (!events.isEmpty()) {
			update.push("outbox").each(events.stream().map(this::outboxEntry).toArray());
		}
		return this.mongo.updateFirst(unchanged, update, WorkshopRegistrations.class, COLLECTION)
			.getMatchedCount() == 1;
	}

	/** Serialised now, with the correlation id of the request that caused it. */
	private Document outboxEntry(DomainEvent event) {
		Document entry = new Document();
		this.mongo.getConverter().write(this.outboxEntries.of(event), entry);
		entry.remove("_class");
		return entry;
	}

}
