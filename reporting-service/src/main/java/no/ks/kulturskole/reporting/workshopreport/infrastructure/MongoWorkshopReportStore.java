package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.ks.kulturskole.reporting.workshopreport.application.Delivery;
import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionPlan;
import no.ks.kulturskole.reporting.workshopreport.model.SessionReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopStatus;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopSummary;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * One document per workshop in {@value #COLLECTION} ({@code _id} = workshopId), changed
 * only by single-document atomic updates: the embedded MongoDB-compatible server has no
 * transactions, and none are needed.
 * <p>
 * <b>Idempotency: the last record applied per source partition, and the events
 * applied.</b> Each document keeps in {@code lastApplied} the offset of the last record
 * it applied from each partition it is fed from ({@code {"registration_events-1": 41,
 * "workshop_events-1": 7}}), and in {@code appliedEvents} the ids of the events it
 * applied. Every change is one {@code updateFirst} conditioned on both (offset above the
 * mark, id not in the list) that moves the mark and adds the id in the same update, so it
 * happens once:
 * <ul>
 * <li>A record read again (a consumer restarting behind its committed offset, or a replay
 * over an existing report) is stopped by the mark. This is sound because every event that
 * changes a workshop report is keyed by the workshop id on all three topics: one
 * workshop's records sit in one partition per topic, in the order their producer wrote
 * them, and are applied one at a time by that partition's consumer, so the offsets one
 * report sees from one partition only grow. The events carry random UUIDs and no version;
 * the offset is the only order there is.</li>
 * <li>The same event published again as a new record (the outbox relay may publish an
 * entry twice: crash between the broker's acknowledgement and removing the entry) has a
 * new, higher offset and is stopped by its id. The list grows by one short id per event,
 * a few hundred per workshop, far below a document's limit.</li>
 * </ul>
 * Delegations and participants are in addition guarded by their own ids.
 * <p>
 * <b>Order between topics does not matter.</b> Registrations may be read before the
 * workshop's schedule, so no update overwrites what another event wrote: the schedule
 * {@code $set}s only its own fields; head counts move by {@code $inc} from both sides
 * ({@code seatsLeft} gets {@code +capacity} from the schedule and {@code -persons} from
 * each confirmed delegation); and the document, a session entry and a municipality entry
 * are each first created by a step that is idempotent on its own ("insert if absent"), so
 * the event's guarded update can then {@code $inc} them through an array filter. A crash
 * between such a step and the guarded update is repaired by the redelivery.
 * <p>
 * <b>Changes to a delegation read the report first.</b> A promotion, move, cancellation,
 * removal or added delegate needs the delegation's current session, status and size to
 * move the counts. That read-then-update is safe because all registration events of a
 * workshop carry the workshop id as their key, so they sit in one partition, in the order
 * registration-service wrote them, and are applied one at a time by one consumer thread:
 * a {@code DelegationPromoted} can never be read before the {@code DelegationRegistered}
 * it changes. The other topics' consumers touch other fields only (schedule fields,
 * capacities by {@code $inc}, mail counts). Capacity changes read the stored capacity
 * under the same argument for the workshop topic.
 * <p>
 * The read model is disposable: it can be dropped and rebuilt by replaying the topics,
 * which keep their events forever ({@link ReadModelRebuild}).
 */
public class MongoWorkshopReportStore implements WorkshopReportStore {

	public static final String COLLECTION = "workshop_reports";

	private static final String LAST_APPLIED = "lastApplied";

	private static final String APPLIED_EVENTS = "appliedEvents";

	private final MongoTemplate mongo;

	private final Supplier<String> collection;

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
	}

	private String collection() {
		return this.collection.get();
	}

	@Override
	public boolean recordSchedule(Delivery at, String workshopId, String title, String programme, Instant scheduledAt,
			Instant registrationDeadline, List<SessionPlan> sessions) {
		ensureReport(workshopId);
		sessions.forEach(session -> ensureSession(workshopId, session.sessionId()));
		Update update = new Update().set("title", title)
			.set("programme", programme)
			.set("status", WorkshopStatus.SCHEDULED)
			.set("registrationOpenedAt", scheduledAt)
			.set("registrationDeadline", registrationDeadline);
		for (int i = 0; i < sessions.size(); i++) {
			SessionPlan session = sessions.get(i);
			String element = "sessions.$[s" + i + "].";
			update.set(element + "startsAt", session.startsAt())
				.set(element + "endsAt", session.endsAt())
				.set(element + "capacity", session.capacity())
				.inc(element + "seatsLeft", session.capacity())
				.filterArray(where("s" + i + ".sessionId").is(session.sessionId()));
		}
		return applyOnce(at, workshopId, update);
	}

	@Override
	public boolean recordDelegation(Delivery at, String workshopId, DelegationReport delegation) {
		ensureReport(workshopId);
		ensureSession(workshopId, delegation.sessionId());
		ensureMunicipality(at, workshopId, delegation.municipality());
		Update update = new Update().push("delegations", toDocument(delegation));
		Counts counts = new Counts();
		counts.add(delegation.sessionId(), delegation.status(), delegation.participantCount(), 1);
		counts.applyTo(update);
		return applyOnce(at, workshopId, update, "delegations.delegationId", delegation.delegationId());
	}

	@Override
	public boolean recordParticipant(Delivery at, String workshopId, ParticipantReport participant) {
		ensureReport(workshopId);
		Update update = new Update().push("participants", toDocument(participant)).inc("totals.participants", 1);
		// A delegate added after registration makes the delegation one person larger;
		// those named with the registration are already in its count.
		WorkshopReport report = find(workshopId).orElseThrow();
		DelegationReport delegation = delegationIn(report, participant.delegationId());
		if (delegation != null && delegation.status() != DelegationStatus.CANCELLED) {
			long named = report.participants()
				.stream()
				.filter(other -> other.delegationId().equals(participant.delegationId()))
				.count();
			if (named >= delegation.participantCount()) {
				Counts counts = new Counts();
				counts.add(delegation.sessionId(), delegation.status(), 1, 0);
				counts.applyTo(update);
				update.inc("delegations.$[d].participantCount", 1)
					.filterArray(where("d.delegationId").is(delegation.delegationId()));
			}
		}
		return applyOnce(at, workshopId, update, "participants.participantId", participant.participantId());
	}

	@Override
	public boolean recordMailSent(Delivery at, String workshopId, String delegationId) {
		return recordMail(at, workshopId, delegationId, "mailsSent", "sent");
	}

	@Override
	public boolean recordMailFailed(Delivery at, String workshopId, String delegationId) {
		return recordMail(at, workshopId, delegationId, "mailsFailed", "failed");
	}

	private boolean recordMail(Delivery at, String workshopId, String delegationId, String total, String counter) {
		ensureReport(workshopId);
		Update update = new Update().inc("totals." + total, 1);
		if (delegationId != null) {
			// an entry of its own, since the mail may be read before the delegation
			this.mongo.updateFirst(query(where("_id").is(workshopId).and("mails.delegationId").ne(delegationId)),
					new Update().push("mails",
							new Document("delegationId", delegationId).append("sent", 0).append("failed", 0)),
					collection());
			update.inc("mails.$[m]." + counter, 1).filterArray(where("m.delegationId").is(delegationId));
		}
		return applyOnce(at, workshopId, update);
	}

	@Override
	public boolean recordSessions(Delivery at, String workshopId, List<SessionPlan> sessions,
			Instant registrationDeadline) {
		ensureReport(workshopId);
		sessions.forEach(session -> ensureSession(workshopId, session.sessionId()));
		WorkshopReport report = find(workshopId).orElseThrow();
		Update update = new Update();
		if (registrationDeadline != null) {
			// the workshop topic is read in order, so a reschedule always comes after the
			// schedule it changes and its deadline wins
			update.set("registrationDeadline", registrationDeadline);
		}
		for (int i = 0; i < sessions.size(); i++) {
			SessionPlan session = sessions.get(i);
			String element = "sessions.$[s" + i + "].";
			update.set(element + "startsAt", session.startsAt())
				.set(element + "endsAt", session.endsAt())
				.set(element + "capacity", session.capacity())
				.inc(element + "seatsLeft", session.capacity() - capacityOf(report, session.sessionId()))
				.filterArray(where("s" + i + ".sessionId").is(session.sessionId()));
		}
		return applyOnce(at, workshopId, update);
	}

	@Override
	public boolean recordCapacity(Delivery at, String workshopId, String sessionId, int capacity) {
		ensureReport(workshopId);
		ensureSession(workshopId, sessionId);
		// Only the workshop topic's consumer changes capacities, one event at a time, so
		// the capacity read here is still the stored one when the update runs.
		int before = capacityOf(find(workshopId).orElseThrow(), sessionId);
		Update update = new Update().set("sessions.$[s].capacity", capacity)
			.inc("sessions.$[s].seatsLeft", capacity - before)
			.filterArray(where("s.sessionId").is(sessionId));
		return applyOnce(at, workshopId, update);
	}

	@Override
	public boolean recordTitle(Delivery at, String workshopId, String title) {
		ensureReport(workshopId);
		return applyOnce(at, workshopId, new Update().set("title", title));
	}

	@Override
	public boolean recordStatus(Delivery at, String workshopId, WorkshopStatus status) {
		ensureReport(workshopId);
		return applyOnce(at, workshopId, new Update().set("status", status));
	}

	@Override
	public boolean recordSeat(Delivery at, String workshopId, String delegationId, String sessionId,
			DelegationStatus status, int participantCount) {
		ensureReport(workshopId);
		ensureSession(workshopId, sessionId);
		DelegationReport before = delegationIn(find(workshopId).orElseThrow(), delegationId);
		if (before == null) {
			return unknownDelegation(delegationId);
		}
		Counts counts = new Counts();
		counts.add(before.sessionId(), before.status(), -before.participantCount(), -1);
		counts.add(sessionId, status, participantCount, 1);
		Update update = new Update().set("delegations.$[d].sessionId", sessionId)
			.set("delegations.$[d].status", status)
			.set("delegations.$[d].participantCount", participantCount)
			.filterArray(where("d.delegationId").is(delegationId));
		counts.applyTo(update);
		return applyOnce(at, workshopId, update);
	}

	@Override
	public boolean recordCancellation(Delivery at, String workshopId, String delegationId) {
		ensureReport(workshopId);
		WorkshopReport report = find(workshopId).orElseThrow();
		DelegationReport before = delegationIn(report, delegationId);
		if (before == null) {
			return unknownDelegation(delegationId);
		}
		if (before.status() == DelegationStatus.CANCELLED) {
			return applyOnce(at, workshopId, new Update());
		}
		Counts counts = new Counts();
		counts.add(before.sessionId(), before.status(), -before.participantCount(), -1);
		long participants = report.participants()
			.stream()
			.filter(participant -> participant.delegationId().equals(delegationId))
			.count();
		Update update = new Update().set("delegations.$[d].status", DelegationStatus.CANCELLED)
			.filterArray(where("d.delegationId").is(delegationId))
			.pull("participants", new Document("delegationId", delegationId))
			.inc("totals.participants", (int) -participants);
		boolean municipalityStillThere = report.delegations()
			.stream()
			.anyMatch(
					other -> !other.delegationId().equals(delegationId) && other.status() != DelegationStatus.CANCELLED
							&& other.municipalityNumber().equals(before.municipalityNumber()));
		if (!municipalityStillThere) {
			update.pull("municipalities", new Document("number", before.municipalityNumber()))
				.inc("totals.municipalities", -1);
		}
		counts.applyTo(update);
		return applyOnce(at, workshopId, update);
	}

	@Override
	public boolean recordParticipantRemoved(Delivery at, String workshopId, String delegationId, String participantId) {
		ensureReport(workshopId);
		WorkshopReport report = find(workshopId).orElseThrow();
		DelegationReport delegation = delegationIn(report, delegationId);
		boolean named = report.participants()
			.stream()
			.anyMatch(participant -> participant.participantId().equals(participantId));
		if (!named) {
			// removed already, with its cancelled delegation
			return applyOnce(at, workshopId, new Update());
		}
		Update update = new Update().pull("participants", new Document("participantId", participantId))
			.inc("totals.participants", -1);
		if (delegation != null && delegation.status() != DelegationStatus.CANCELLED) {
			Counts counts = new Counts();
			counts.add(delegation.sessionId(), delegation.status(), -1, 0);
			counts.applyTo(update);
			update.inc("delegations.$[d].participantCount", -1).filterArray(where("d.delegationId").is(delegationId));
		}
		return applyOnce(at, workshopId, update);
	}

	@Override
	public boolean recordParticipantReplaced(Delivery at, String workshopId, String replacedParticipantId,
			ParticipantReport participant) {
		ensureReport(workshopId);
		// in place, so that the list keeps the order in which the delegation named them
		Update update = new Update().set("participants.$[p]", toDocument(participant))
			.filterArray(where("p.participantId").is(replacedParticipantId));
		return applyOnce(notYetApplied(at, workshopId)
			.addCriteria(where("participants.participantId").is(replacedParticipantId)), at, update);
	}

	@Override
	public boolean recordReflection(Delivery at, String workshopId, String delegationId) {
		ensureReport(workshopId);
		DelegationReport delegation = delegationIn(find(workshopId).orElseThrow(), delegationId);
		if (delegation == null) {
			return unknownDelegation(delegationId);
		}
		Update update = new Update();
		if (!delegation.reflectionSubmitted()) {
			// a delegation may send its answers again; it still counts once
			update.set("delegations.$[d].reflectionSubmitted", true)
				.filterArray(where("d.delegationId").is(delegationId))
				.inc("totals.reflectionsSubmitted", 1);
		}
		return applyOnce(at, workshopId, update);
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
	public List<WorkshopReport> withMunicipality(String number) {
		return this.mongo.find(query(where("delegations.municipalityNumber").is(number)), WorkshopReport.class,
				collection());
	}

	@Override
	public List<WorkshopSummary> list() {
		Query overview = new Query();
		// no delegations and no participants (personal data) in the overview
		overview.fields().include("workshopId", "title", "programme", "status", "sessions", "totals");
		return this.mongo.find(overview, WorkshopSummary.class, collection());
	}

	/**
	 * The one place an event changes a report: only if it was not applied before, and
	 * marking it applied in the same atomic update.
	 */
	private boolean applyOnce(Delivery at, String workshopId, Update update) {
		return applyOnce(notYetApplied(at, workshopId), at, update);
	}

	/** As above, and only while no entry of {@code arrayField} has the given id yet. */
	private boolean applyOnce(Delivery at, String workshopId, Update update, String arrayField, String absentId) {
		return applyOnce(notYetApplied(at, workshopId).addCriteria(where(arrayField).ne(absentId)), at, update);
	}

	private boolean applyOnce(Query guarded, Delivery at, Update update) {
		update.set(LAST_APPLIED + "." + at.position().stream(), at.position().offset())
			.push(APPLIED_EVENTS, at.eventId());
		return this.mongo.updateFirst(guarded, update, collection()).getMatchedCount() == 1;
	}

	/**
	 * The report, unless it has applied this record or a later one of the same partition,
	 * or this event from another record. A mark never set (no record of that partition
	 * applied yet) does not match {@code $gte}, so {@code $not} lets it through.
	 */
	private static Query notYetApplied(Delivery at, String workshopId) {
		return query(where("_id").is(workshopId)
			.and(LAST_APPLIED + "." + at.position().stream())
			.not()
			.gte(at.position().offset())
			.and(APPLIED_EVENTS)
			.ne(at.eventId()));
	}

	/** Creates the empty report unless it exists; several consumers may race here. */
	private void ensureReport(String workshopId) {
		Update empty = new Update().setOnInsert("workshopId", workshopId)
			.setOnInsert("sessions", List.of())
			.setOnInsert("delegations", List.of())
			.setOnInsert("participants", List.of())
			.setOnInsert("municipalities", List.of())
			.setOnInsert("mails", List.of())
			.setOnInsert("totals",
					new Document("delegations", 0).append("participants", 0)
						.append("municipalities", 0)
						.append("confirmedPersons", 0)
						.append("waitlistedPersons", 0)
						.append("mailsSent", 0)
						.append("mailsFailed", 0)
						.append("reflectionsSubmitted", 0))
			.setOnInsert(LAST_APPLIED, new Document())
			.setOnInsert(APPLIED_EVENTS, List.of());
		try {
			this.mongo.upsert(byId(workshopId), empty, collection());
		}
		catch (DuplicateKeyException ex) {
			// another consumer inserted it between our match and our insert: it exists
			// now
		}
	}

	/**
	 * Adds an empty session entry unless there is one, so that counts can be added to it.
	 */
	private void ensureSession(String workshopId, String sessionId) {
		Document session = new Document("sessionId", sessionId).append("capacity", 0)
			.append("confirmedPersons", 0)
			.append("waitlistedPersons", 0)
			.append("seatsLeft", 0)
			.append("confirmedDelegations", 0)
			.append("waitlistedDelegations", 0);
		this.mongo.updateFirst(query(where("_id").is(workshopId).and("sessions.sessionId").ne(sessionId)),
				new Update().push("sessions", session), collection());
	}

	/** Adds the municipality once, however many delegations or redeliveries name it. */
	private void ensureMunicipality(Delivery at, String workshopId, MunicipalityRef municipality) {
		// guarded like the event itself: a redelivered registration must not bring back a
		// municipality whose delegation was cancelled since
		this.mongo.updateFirst(
				notYetApplied(at, workshopId).addCriteria(where("municipalities.number").ne(municipality.number())),
				new Update().push("municipalities", toDocument(municipality)).inc("totals.municipalities", 1),
				collection());
	}

	private static DelegationReport delegationIn(WorkshopReport report, String delegationId) {
		return report.delegations()
			.stream()
			.filter(delegation -> delegation.delegationId().equals(delegationId))
			.findFirst()
			.orElse(null);
	}

	private static int capacityOf(WorkshopReport report, String sessionId) {
		return report.sessions()
			.stream()
			.filter(session -> session.sessionId().equals(sessionId))
			.mapToInt(SessionReport::capacity)
			.findFirst()
			.orElse(0);
	}

	/**
	 * A change to a delegation read before its registration: cannot happen within one
	 * partition (all of a workshop's registration events share its key) unless the
	 * registration itself was dead-lettered. Rethrown so that this one follows it.
	 */
	private static boolean unknownDelegation(String delegationId) {
		throw new IllegalStateException("Delegation " + delegationId + " is not in the report");
	}

	private static Query byId(String workshopId) {
		return query(where("_id").is(workshopId));
	}

	/**
	 * Head-count increments gathered by session first, so that one update never names the
	 * same field twice (MongoDB refuses that), e.g. when a delegation is promoted within
	 * its session.
	 */
	private static final class Counts {

		private final Map<String, Map<String, Integer>> sessions = new LinkedHashMap<>();

		private final Map<String, Integer> totals = new LinkedHashMap<>();

		void add(String sessionId, DelegationStatus status, int persons, int delegations) {
			switch (status) {
				case CONFIRMED -> {
					session(sessionId, "confirmedPersons", persons);
					session(sessionId, "confirmedDelegations", delegations);
					session(sessionId, "seatsLeft", -persons);
					this.totals.merge("confirmedPersons", persons, Integer::sum);
					this.totals.merge("delegations", delegations, Integer::sum);
				}
				case WAITLISTED -> {
					session(sessionId, "waitlistedPersons", persons);
					session(sessionId, "waitlistedDelegations", delegations);
					this.totals.merge("waitlistedPersons", persons, Integer::sum);
					this.totals.merge("delegations", delegations, Integer::sum);
				}
				case CANCELLED -> {
					// counted nowhere
				}
			}
		}

		private void session(String sessionId, String field, int increment) {
			this.sessions.computeIfAbsent(sessionId, (id) -> new LinkedHashMap<>())
				.merge(field, increment, Integer::sum);
		}

		void applyTo(Update update) {
			this.totals.forEach((field, increment) -> {
				if (increment != 0) {
					update.inc("totals." + field, increment);
				}
			});
			int i = 0;
			for (Map.Entry<String, Map<String, Integer>> session : this.sessions.entrySet()) {
				String identifier = "c" + i++;
				List<Map.Entry<String, Integer>> changed = session.getValue()
					.entrySet()
					.stream()
					.filter(field -> field.getValue() != 0)
					.toList();
				if (!changed.isEmpty()) {
					changed.forEach(
							field -> update.inc("sessions.$[" + identifier + "]." + field.getKey(), field.getValue()));
					update.filterArray(where(identifier + ".sessionId").is(session.getKey()));
				}
			}
		}

	}

	private Document toDocument(Object value) {
		Document document = new Document();
		this.mongo.getConverter().write(value, document);
		document.remove("_class");
		return document;
	}

}
