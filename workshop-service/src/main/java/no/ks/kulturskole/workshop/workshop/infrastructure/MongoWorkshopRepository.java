package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.support.outbox.OutboxEntry;
import no.ks.kulturskole.workshop.workshop.application.WorkshopRepository;
import no.ks.kulturskole.workshop.workshop.model.DelegationSize;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.Session;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Workshops in the {@code workshops} collection, each with its outbox. */
@Repository
class MongoWorkshopRepository implements WorkshopRepository {

	private static final Sort SOONEST_FIRST = Sort.by("firstSessionStartsAt", "id");

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoWorkshopRepository(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
	}

	@Override
	public void add(Workshop workshop, WorkshopEvent announcement) {
		// One insert: the workshop and its announcement are stored together or not at
		// all.
		this.mongo.insert(toDocument(workshop, List.of(this.outboxEntries.of(announcement))));
	}

	@Override
	public Optional<Workshop> findById(String id) {
		return Optional
			.ofNullable(this.mongo.findOne(withoutOutbox(Criteria.where("id").is(id)), WorkshopDocument.class))
			.map(MongoWorkshopRepository::toWorkshop);
	}

	@Override
	public List<Workshop> findAll() {
		return find(new Criteria());
	}

	@Override
	public List<Workshop> findOpenForRegistration(Instant now) {
		return find(Criteria.where("status").is(WorkshopStatus.SCHEDULED.name()).and("registrationDeadline").gt(now));
	}

	private List<Workshop> find(Criteria criteria) {
		return this.mongo.find(withoutOutbox(criteria).with(SOONEST_FIRST), WorkshopDocument.class)
			.stream()
			.map(MongoWorkshopRepository::toWorkshop)
			.toList();
	}

	/** The outbox belongs to the relay; readers of workshops have no use for it. */
	private static Query withoutOutbox(Criteria criteria) {
		Query query = Query.query(criteria);
		query.fields().exclude("outbox");
		return query;
	}

	private static WorkshopDocument toDocument(Workshop workshop, List<OutboxEntry> outbox) {
		String venue = (workshop.format() instanceof Format.Venue place) ? place.address() : null;
		String meetingUrl = (workshop.format() instanceof Format.Online online) ? online.meetingUrl() : null;
		List<SessionDocument> sessions = workshop.sessions()
			.stream()
			.map(session -> new SessionDocument(session.sessionId(), session.startsAt(), session.endsAt(),
					session.capacity(), session.meetingUrl()))
			.toList();
		return new WorkshopDocument(workshop.id(), null, workshop.status().name(), workshop.title(),
				workshop.description(), workshop.programme(), workshop.format().kind().name(), venue, meetingUrl,
				workshop.language(), workshop.registrationDeadline(), workshop.firstSessionStartsAt(),
				workshop.delegationSize().min(), workshop.delegationSize().max(), workshop.outsideRoleRequired(),
				sessions, workshop.scheduledAt(), outbox);
	}

	private static Workshop toWorkshop(WorkshopDocument document) {
		Format format = switch (FormatKind.valueOf(document.format())) {
			case ONLINE -> new Format.Online(document.meetingUrl());
			case VENUE -> new Format.Venue(document.venue());
		};
		List<Session> sessions = document.sessions()
			.stream()
			.map(session -> new Session(session.sessionId(), session.startsAt(), session.endsAt(), session.capacity(),
					session.meetingUrl()))
			.toList();
		return new Workshop(document.id(), WorkshopStatus.valueOf(document.status()), document.title(),
				document.description(), document.programme(), format, document.language(),
				document.registrationDeadline(),
				new DelegationSize(document.minDelegationSize(), document.maxDelegationSize()),
				document.outsideRoleRequired(), sessions, document.scheduledAt());
	}

}
