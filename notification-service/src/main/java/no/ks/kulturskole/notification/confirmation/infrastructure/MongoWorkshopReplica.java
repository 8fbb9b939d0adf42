package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.ks.kulturskole.contracts.workshop.SessionAdded;
import no.ks.kulturskole.contracts.workshop.SessionDetails;
import no.ks.kulturskole.contracts.workshop.WorkshopCancelled;
import no.ks.kulturskole.contracts.workshop.WorkshopDetailsChanged;
import no.ks.kulturskole.contracts.workshop.WorkshopRescheduled;
import no.ks.kulturskole.contracts.workshop.WorkshopScheduled;
import no.ks.kulturskole.notification.confirmation.application.WorkshopReplica;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView.DetailsChange;
import no.ks.kulturskole.notification.confirmation.model.WorkshopView.Session;
import no.ks.kulturskole.support.inbox.mongo.Inbox;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code workshops}, {@code _id} = workshop id. Sessions are a sub-document
 * keyed by session id. A reschedule is applied only if its revision is higher than the
 * stored one, so a redelivered or late event cannot turn the clock back; a details change
 * once per event id, and the schedule once. All through the platform's inbox
 * ({@link Inbox}).
 */
@Component
class MongoWorkshopReplica implements WorkshopReplica {

	static final String COLLECTION = "workshops";

	private static final String APPLIED_DETAILS_EVENTS = "appliedDetailsEvents";

	/** How many details changes were applied: the calendar SEQUENCE is made from it. */
	private static final String DETAILS_CHANGES = "detailsChanges";

	/**
	 * The platform's inbox: the workshop's revision orders reschedules, the ids of the
	 * details changes applied keep each counted once.
	 */
	private static final Inbox INBOX = new Inbox(APPLIED_DETAILS_EVENTS, "revision");

	/** The schedule's own event id, so that it is applied once. */
	private static final Inbox SCHEDULE = new Inbox("appliedScheduleEvents", "revision");

	private final MongoTemplate mongo;

	MongoWorkshopReplica(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Once per workshop, through the inbox: the schedule is a workshop's first event, so
	 * any copy of it that comes again (the relay publishes at least once) is older than
	 * whatever followed it, and is dropped rather than writing the old title or times
	 * back over a details change or a reschedule.
	 */
	@Override
	public void recordScheduled(WorkshopScheduled event) {
		String eventId = event.eventId().toString();
		SCHEDULE.once(event.workshopId(), eventId, (notYetApplied) -> {
			Update update = SCHEDULE.markApplied(new Update(), eventId)
				.set("title", event.title())
				.set("language", event.language())
				.set("format", (event.format() != null) ? event.format().name() : null)
				.set("venue", event.venue())
				.set("registrationDeadline", event.registrationDeadline())
				.set("minDelegationSize", event.minDelegationSize())
				.set("maxDelegationSize", event.maxDelegationSize())
				.set("outsideRoleRequired", event.outsideRoleRequired())
				.setOnInsert("revision", 0)
				.setOnInsert("cancelled", false);
			sessions(event.sessions()).forEach(update::set);
			return this.mongo.upsert(notYetApplied, update, COLLECTION);
		});
	}

	@Override
	public boolean recordRescheduled(WorkshopRescheduled event) {
		// a workshop not seen before (its scheduling predates this service's log) still
		// gets its times; revision stays the comparison key
		this.mongo.upsert(byId(event.workshopId()),
				new Update().setOnInsert("revision", 0).setOnInsert("cancelled", false), COLLECTION);
		Query older = Query.query(INBOX.olderThan(Inbox.byId(event.workshopId()), event.revision()));
		Update update = INBOX.markSequence(new Update(), event.revision());
		if (event.registrationDeadline() != null) {
			update.set("registrationDeadline", event.registrationDeadline());
		}
		sessions(event.sessions()).forEach(update::set);
		return this.mongo.updateFirst(older, update, COLLECTION).getModifiedCount() == 1;
	}

	@Override
	public void recordCancelled(WorkshopCancelled event) {
		this.mongo.upsert(byId(event.workshopId()), new Update().set("cancelled", true).setOnInsert("revision", 0),
				COLLECTION);
	}

	/**
	 * Applies each event once (its id is kept), so the count of details changes, which
	 * the calendar SEQUENCE is made from, rises once per change however often the event
	 * comes. What the change changed is compared with the replica before it and kept with
	 * the event id, so that a redelivery after a crash can still tell the rest.
	 */
	@Override
	public void recordDetailsChanged(WorkshopDetailsChanged event) {
		String eventId = event.eventId().toString();
		WorkshopView before = find(event.workshopId()).orElse(null);
		Map<String, String> meetingUrls = new HashMap<>();
		event.sessions().forEach((session) -> meetingUrls.put(session.sessionId(), session.meetingUrl()));
		String format = (event.format() != null) ? event.format().name() : null;
		DetailsChange change = DetailsChange.between(before, eventId, event.title(), format, event.venue(),
				meetingUrls);
		this.mongo.upsert(byId(event.workshopId()),
				new Update().setOnInsert("revision", 0).setOnInsert("cancelled", false), COLLECTION);
		Query notYetApplied = Query.query(INBOX.notAppliedYet(Inbox.byId(event.workshopId()), eventId));
		Update update = INBOX.markApplied(new Update(), eventId)
			.inc(DETAILS_CHANGES, 1)
			.set("title", event.title())
			.set("language", event.language())
			.set("format", format)
			.set("venue", event.venue())
			.set("lastDetailsChange",
					new Document("eventId", eventId).append("titleChanged", change.titleChanged())
						.append("previousTitle", change.previousTitle())
						.append("formatChanged", change.formatChanged())
						.append("venueChanged", change.venueChanged())
						.append("sessionsWithNewLink", List.copyOf(change.sessionsWithNewLink())));
		sessions(event.sessions()).forEach(update::set);
		this.mongo.updateFirst(notYetApplied, update, COLLECTION);
	}

	@Override
	public void recordSessionAdded(SessionAdded event) {
		Update update = new Update().setOnInsert("revision", 0).setOnInsert("cancelled", false);
		sessions(List.of(event.session())).forEach(update::set);
		this.mongo.upsert(byId(event.workshopId()), update, COLLECTION);
	}

	@Override
	public Optional<WorkshopView> find(String workshopId) {
		return Optional.ofNullable(this.mongo.findById(workshopId, Document.class, COLLECTION))
			.map(MongoWorkshopReplica::toView);
	}

	private static Map<String, Object> sessions(List<SessionDetails> sessions) {
		Map<String, Object> fields = new HashMap<>();
		if (sessions != null) {
			for (SessionDetails session : sessions) {
				fields.put("sessions." + session.sessionId(),
						new Document("startsAt", session.startsAt()).append("endsAt", session.endsAt())
							.append("meetingUrl", session.meetingUrl()));
			}
		}
		return fields;
	}

	private static Query byId(String workshopId) {
		return Query.query(Criteria.where("_id").is(workshopId));
	}

	private static WorkshopView toView(Document document) {
		Map<String, Session> sessions = new HashMap<>();
		Document byId = document.get("sessions", Document.class);
		if (byId != null) {
			for (Map.Entry<String, Object> entry : byId.entrySet()) {
				Document session = (Document) entry.getValue();
				sessions.put(entry.getKey(), new Session(entry.getKey(), instant(session.get("startsAt")),
						instant(session.get("endsAt")), session.getString("meetingUrl")));
			}
		}
		Number revision = document.get("revision", Number.class);
		Number min = document.get("minDelegationSize", Number.class);
		Number max = document.get("maxDelegationSize", Number.class);
		WorkshopView.Rules rules = new WorkshopView.Rules(instant(document.get("registrationDeadline")),
				(min != null) ? min.intValue() : 0, (max != null) ? max.intValue() : null,
				Boolean.TRUE.equals(document.getBoolean("outsideRoleRequired")));
		// counted in the update that applied each change; a document from before the
		// count (its list of ids was not bounded then) is counted by its ids
		Number counted = document.get(DETAILS_CHANGES, Number.class);
		int detailsChanges = (counted != null) ? counted.intValue()
				: document.getList(APPLIED_DETAILS_EVENTS, String.class, List.of()).size();
		return new WorkshopView(document.getString("_id"), document.getString("title"), document.getString("language"),
				(revision != null) ? revision.intValue() : 0, Boolean.TRUE.equals(document.getBoolean("cancelled")),
				sessions, rules, detailsChanges, document.getString("format"), document.getString("venue"),
				detailsChange(document.get("lastDetailsChange", Document.class)));
	}

	private static DetailsChange detailsChange(Document change) {
		if (change == null) {
			return null;
		}
		List<String> sessionsWithNewLink = change.getList("sessionsWithNewLink", String.class);
		return new DetailsChange(change.getString("eventId"), Boolean.TRUE.equals(change.getBoolean("titleChanged")),
				change.getString("previousTitle"), Boolean.TRUE.equals(change.getBoolean("formatChanged")),
				Boolean.TRUE.equals(change.getBoolean("venueChanged")),
				(sessionsWithNewLink != null) ? Set.copyOf(sessionsWithNewLink) : Set.of());
	}

	private static Instant instant(Object value) {
		if (value instanceof Date date) {
			return date.toInstant();
		}
		return (value instanceof Instant instant) ? instant : null;
	}

}
