package no.ks.kulturskole.workshop.workshop.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.workshop.WorkshopEvent;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import no.ks.kulturskole.workshop.workshop.application.ChangedWorkshop;
import no.ks.kulturskole.workshop.workshop.application.WorkshopFilter;
import no.ks.kulturskole.workshop.workshop.application.WorkshopRepository;
import no.ks.kulturskole.workshop.workshop.model.DelegationSize;
import no.ks.kulturskole.workshop.workshop.model.Format;
import no.ks.kulturskole.workshop.workshop.model.FormatKind;
import no.ks.kulturskole.workshop.workshop.model.InvitationScope;
import no.ks.kulturskole.workshop.workshop.model.Invitations;
import no.ks.kulturskole.workshop.workshop.model.Offering;
import no.ks.kulturskole.workshop.workshop.model.Preparation;
import no.ks.kulturskole.workshop.workshop.model.PreparationMaterial;
import no.ks.kulturskole.workshop.workshop.model.Session;
import no.ks.kulturskole.workshop.workshop.model.Workshop;
import no.ks.kulturskole.workshop.workshop.model.WorkshopStatus;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Workshops in the {@code workshops} collection, each with its outbox. */
@Repository
class MongoWorkshopRepository implements WorkshopRepository {

	private static final Sort SOONEST_FIRST = Sort.by("firstSessionStartsAt", "id");

	/**
	 * Fields a change never sets: the identity, the version (incremented) and the outbox
	 * (pushed to).
	 */
	private static final List<String> NOT_REPLACED = List.of("_id", "_class", "version", "outbox");

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	private final Clock clock;

	MongoWorkshopRepository(MongoTemplate mongo, OutboxEntries outboxEntries, Clock clock) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
		this.clock = clock;
		this.mongo.indexOps(WorkshopDocument.class).createIndex(new Index("nextDueAt", Sort.Direction.ASC));
	}

	/**
	 * Workshops stored before the timetable existed have no {@code nextDueAt}, so it
	 * would never find them: they get it (and {@code lastSessionEndsAt}, their marker)
	 * once. Conditional like every change, so two instances starting together are fine.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void addTimetableFieldsToOlderWorkshops() {
		Query older = withoutOutbox(Criteria.where("lastSessionEndsAt").exists(false));
		for (WorkshopDocument document : this.mongo.find(older, WorkshopDocument.class)) {
			replace(toWorkshop(document), List.of());
		}
	}

	@Override
	public void add(Workshop workshop, List<WorkshopEvent> events) {
		// One insert: the workshop and its events are stored together or not at all.
		this.mongo.insert(
				toDocument(workshop, null, this.clock.instant(), events.stream().map(this.outboxEntries::of).toList()));
		if (!events.isEmpty()) {
			this.outboxEntries.written(WorkshopDocument.COLLECTION, workshop.id());
		}
	}

	/**
	 * Sets the business fields and pushes the events in one update, conditional on the
	 * version. Never a whole-document replace: that would put back outbox entries the
	 * relay has just pulled, and publish them twice.
	 */
	@Override
	public boolean replace(Workshop changed, List<WorkshopEvent> events) {
		Document fields = new Document();
		this.mongo.getConverter()
			.write(toDocument(changed, changed.version(), this.clock.instant(), List.of()), fields);
		Update update = new Update();
		fields.forEach((name, value) -> {
			if (!NOT_REPLACED.contains(name)) {
				update.set(name, value);
			}
		});
		// Fields that became empty are removed, so that a stale value cannot survive.
		for (String nullable : List.of("description", "programme", "targetGroup", "free", "venue", "meetingUrl",
				"maxDelegationSize", "nextDueAt", "scheduledAt", "cancellationReason", "preparation")) {
			if (!fields.containsKey(nullable)) {
				update.unset(nullable);
			}
		}
		update.inc("version", 1);
		if (!events.isEmpty()) {
			update.push("outbox").each(events.stream().map(this::outboxDocument).toArray());
		}
		Query sameVersion = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(changed.version()));
		boolean stored = this.mongo.updateFirst(sameVersion, update, WorkshopDocument.COLLECTION)
			.getMatchedCount() == 1;
		if (stored && !events.isEmpty()) {
			this.outboxEntries.written(WorkshopDocument.COLLECTION, changed.id());
		}
		return stored;
	}

	private Document outboxDocument(WorkshopEvent event) {
		Document entry = new Document();
		this.mongo.getConverter().write(this.outboxEntries.of(event), entry);
		entry.remove("_class");
		return entry;
	}

	@Override
	public Optional<Workshop> findById(String id) {
		return Optional
			.ofNullable(this.mongo.findOne(withoutOutbox(Criteria.where("id").is(id)), WorkshopDocument.class))
			.map(MongoWorkshopRepository::toWorkshop);
	}

	@Override
	public List<Workshop> find(WorkshopFilter filter, Instant now) {
		Criteria criteria = new Criteria();
		if (filter.when() == WorkshopFilter.When.UPCOMING) {
			criteria.and("lastSessionEndsAt").gt(now);
		}
		else if (filter.when() == WorkshopFilter.When.PAST) {
			criteria.and("lastSessionEndsAt").lte(now);
		}
		if (filter.programme() != null) {
			criteria.and("programme").is(filter.programme());
		}
		if (filter.status() != null) {
			criteria.and("status").is(filter.status().name());
		}
		return find(criteria);
	}

	@Override
	public List<Workshop> findOpenForRegistration(Instant now) {
		return find(Criteria.where("status").is(WorkshopStatus.SCHEDULED.name()).and("registrationDeadline").gt(now));
	}

	/**
	 * Scheduled workshops and those whose registration has closed, and cancelled ones
	 * until their last session would have ended; drafts and completed workshops never.
	 */
	@Override
	public List<ChangedWorkshop> findForCalendar(Instant now) {
		Criteria shown = new Criteria().orOperator(
				Criteria.where("status").in(WorkshopStatus.SCHEDULED.name(), WorkshopStatus.REGISTRATION_CLOSED.name()),
				Criteria.where("status").is(WorkshopStatus.CANCELLED.name()).and("lastSessionEndsAt").gt(now));
		return this.mongo.find(withoutOutbox(shown).with(SOONEST_FIRST), WorkshopDocument.class)
			.stream()
			.map(document -> new ChangedWorkshop(toWorkshop(document),
					(document.changedAt() != null) ? document.changedAt() : document.scheduledAt()))
			.toList();
	}

	/** MongoDB keeps milliseconds; keeping the same makes what a feed shows stable. */
	private static Instant stored(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	@Override
	public List<Workshop> findDue(Instant now, int limit) {
		Query due = withoutOutbox(Criteria.where("nextDueAt").lte(now)).with(Sort.by("nextDueAt")).limit(limit);
		return this.mongo.find(due, WorkshopDocument.class).stream().map(MongoWorkshopRepository::toWorkshop).toList();
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

	private static WorkshopDocument toDocument(Workshop workshop, Long version, Instant changedAt,
			List<no.ks.kulturskole.support.outbox.OutboxEntry> outbox) {
		String venue = (workshop.format() instanceof Format.Venue place) ? place.address() : null;
		String meetingUrl = (workshop.format() instanceof Format.Online online) ? online.meetingUrl() : null;
		List<SessionDocument> sessions = workshop.sessions()
			.stream()
			.map(session -> new SessionDocument(session.sessionId(), session.startsAt(), session.endsAt(),
					session.capacity(), session.meetingUrl()))
			.toList();
		Preparation preparation = workshop.preparation();
		PreparationDocument preparationDocument = (preparation != null)
				? new PreparationDocument(
						preparation.materials()
							.stream()
							.map(material -> new PreparationDocument.MaterialDocument(material.title(), material.url()))
							.toList(),
						preparation.reflectionQuestions(), preparation.releaseAt(), preparation.releasedAt())
				: null;
		return new WorkshopDocument(workshop.id(), version, workshop.status().name(), workshop.title(),
				workshop.description(), workshop.programme(), workshop.organisers(), workshop.targetGroup(),
				workshop.free(), workshop.format().kind().name(), venue, meetingUrl, workshop.language(),
				workshop.registrationDeadline(), workshop.firstSessionStartsAt(), workshop.lastSessionEndsAt(),
				workshop.nextDueAt(), workshop.delegationSize().min(), workshop.delegationSize().max(),
				workshop.outsideRoleRequired(), sessions, workshop.scheduledAt(), workshop.revision(),
				workshop.cancellationReason(), preparationDocument, stored(changedAt),
				workshop.invitations().scope().name(), workshop.invitations().organisationNumbers(),
				workshop.questions(), outbox);
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
		PreparationDocument stored = document.preparation();
		Preparation preparation = (stored != null) ? new Preparation(
				stored.materials().stream().map(m -> new PreparationMaterial(m.title(), m.url())).toList(),
				stored.reflectionQuestions(), stored.releaseAt(), stored.releasedAt()) : null;
		return new Workshop(document.id(), (document.version() != null) ? document.version() : 0,
				WorkshopStatus.valueOf(document.status()), document.title(), document.description(),
				document.programme(), new Offering(document.organisers(), document.targetGroup(), document.free()),
				format, document.language(), document.registrationDeadline(),
				new DelegationSize(document.minDelegationSize(), document.maxDelegationSize()),
				document.outsideRoleRequired(), sessions, document.scheduledAt(),
				(document.revision() != null) ? document.revision() : 0, document.cancellationReason(), preparation,
				invitationsOf(document))
			.withStoredQuestions(document.questions());
	}

	private static Invitations invitationsOf(WorkshopDocument document) {
		return (document.invitationScope() != null)
				? new Invitations(InvitationScope.valueOf(document.invitationScope()), document.invitedOrganisations())
				: Invitations.OPEN;
	}

	@Override
	public List<Workshop> findFollowingThePilot() {
		return find(Criteria.where("invitationScope")
			.is(InvitationScope.PILOT_MUNICIPALITIES.name())
			.and("status")
			.in(WorkshopStatus.DRAFT.name(), WorkshopStatus.SCHEDULED.name(),
					WorkshopStatus.REGISTRATION_CLOSED.name()));
	}

}
