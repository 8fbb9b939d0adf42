package no.ks.kulturskole.reporting.workshopreport.infrastructure;

import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.reporting.workshopreport.application.WorkshopReportStore;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationReport;
import no.ks.kulturskole.reporting.workshopreport.model.DelegationStatus;
import no.ks.kulturskole.reporting.workshopreport.model.MunicipalityRef;
import no.ks.kulturskole.reporting.workshopreport.model.ParticipantReport;
import no.ks.kulturskole.reporting.workshopreport.model.SessionPlan;
import no.ks.kulturskole.reporting.workshopreport.model.WorkshopReport;
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
 * <b>Idempotency is kept per event.</b> Each document lists the ids of the events applied
 * to it in {@code appliedEvents}; every change is one {@code updateFirst} conditioned on
 * {@code appliedEvents: {$ne: eventId}} that pushes the id in the same update, so a
 * redelivered event matches nothing and changes nothing. The FTGO-style "last applied
 * event per source aggregate" would need an ordered version number per aggregate, which
 * our events do not carry (their ids are random UUIDs), and one report gathers events of
 * many aggregates (the workshop, each delegation, each notification) from three topics
 * that have no order between them. The list grows by one short id per event, a few
 * hundred per workshop, far below a document's limit. Delegations and participants are in
 * addition guarded by their own ids, so the same delegation is never counted twice.
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
 * The read model is disposable: it can be dropped and rebuilt by replaying the topics,
 * which keep their events forever.
 */
public class MongoWorkshopReportStore implements WorkshopReportStore {

	public static final String COLLECTION = "workshop_reports";

	private static final String APPLIED_EVENTS = "appliedEvents";

	private final MongoTemplate mongo;

	public MongoWorkshopReportStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean recordSchedule(String eventId, String workshopId, String title, String programme,
			List<SessionPlan> sessions) {
		ensureReport(workshopId);
		sessions.forEach(session -> ensureSession(workshopId, session.sessionId()));
		Update update = new Update().set("title", title).set("programme", programme);
		for (int i = 0; i < sessions.size(); i++) {
			SessionPlan session = sessions.get(i);
			String element = "sessions.$[s" + i + "].";
			update.set(element + "startsAt", session.startsAt())
				.set(element + "endsAt", session.endsAt())
				.set(element + "capacity", session.capacity())
				.inc(element + "seatsLeft", session.capacity())
				.filterArray(where("s" + i + ".sessionId").is(session.sessionId()));
		}
		return applyOnce(eventId, workshopId, update);
	}

	@Override
	public boolean recordDelegation(String eventId, String workshopId, DelegationReport delegation) {
		ensureReport(workshopId);
		ensureSession(workshopId, delegation.sessionId());
		ensureMunicipality(workshopId, delegation.municipality());
		int persons = delegation.participantCount();
		Update update = new Update().push("delegations", toDocument(delegation)).inc("totals.delegations", 1);
		if (delegation.status() == DelegationStatus.CONFIRMED) {
			update.inc("totals.confirmedPersons", persons)
				.inc("sessions.$[session].confirmedPersons", persons)
				.inc("sessions.$[session].seatsLeft", -persons);
		}
		else {
			update.inc("totals.waitlistedPersons", persons).inc("sessions.$[session].waitlistedPersons", persons);
		}
		update.filterArray(where("session.sessionId").is(delegation.sessionId()));
		return applyOnce(eventId, workshopId, update, "delegations.delegationId", delegation.delegationId());
	}

	@Override
	public boolean recordParticipant(String eventId, String workshopId, ParticipantReport participant) {
		ensureReport(workshopId);
		Update update = new Update().push("participants", toDocument(participant)).inc("totals.participants", 1);
		return applyOnce(eventId, workshopId, update, "participants.participantId", participant.participantId());
	}

	@Override
	public boolean recordMailSent(String eventId, String workshopId) {
		ensureReport(workshopId);
		return applyOnce(eventId, workshopId, new Update().inc("totals.mailsSent", 1));
	}

	@Override
	public Optional<WorkshopReport> find(String workshopId) {
		return Optional.ofNullable(this.mongo.findOne(byId(workshopId), WorkshopReport.class, COLLECTION));
	}

	@Override
	public List<WorkshopSummary> list() {
		Query overview = new Query();
		// no delegations and no participants (personal data) in the overview
		overview.fields().include("workshopId", "title", "programme", "sessions", "totals");
		return this.mongo.find(overview, WorkshopSummary.class, COLLECTION);
	}

	/**
	 * The one place an event changes a report: only if it was not applied before, and
	 * marking it applied in the same atomic update.
	 */
	private boolean applyOnce(String eventId, String workshopId, Update update) {
		return applyOnce(query(where("_id").is(workshopId).and(APPLIED_EVENTS).ne(eventId)), eventId, update);
	}

	/** As above, and only while no entry of {@code arrayField} has the given id yet. */
	private boolean applyOnce(String eventId, String workshopId, Update update, String arrayField, String absentId) {
		return applyOnce(
				query(where("_id").is(workshopId).and(APPLIED_EVENTS).ne(eventId).and(arrayField).ne(absentId)),
				eventId, update);
	}

	private boolean applyOnce(Query guarded, String eventId, Update update) {
		update.push(APPLIED_EVENTS, eventId);
		return this.mongo.updateFirst(guarded, update, COLLECTION).getMatchedCount() == 1;
	}

	/** Creates the empty report unless it exists; several consumers may race here. */
	private void ensureReport(String workshopId) {
		Update empty = new Update().setOnInsert("workshopId", workshopId)
			.setOnInsert("sessions", List.of())
			.setOnInsert("delegations", List.of())
			.setOnInsert("participants", List.of())
			.setOnInsert("municipalities", List.of())
			.setOnInsert("totals",
					new Document("delegations", 0).append("participants", 0)
						.append("municipalities", 0)
						.append("confirmedPersons", 0)
						.append("waitlistedPersons", 0)
						.append("mailsSent", 0))
			.setOnInsert(APPLIED_EVENTS, List.of());
		try {
			this.mongo.upsert(byId(workshopId), empty, COLLECTION);
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
			.append("seatsLeft", 0);
		this.mongo.updateFirst(query(where("_id").is(workshopId).and("sessions.sessionId").ne(sessionId)),
				new Update().push("sessions", session), COLLECTION);
	}

	/** Adds the municipality once, however many delegations or redeliveries name it. */
	private void ensureMunicipality(String workshopId, MunicipalityRef municipality) {
		this.mongo.updateFirst(
				query(where("_id").is(workshopId).and("municipalities.number").ne(municipality.number())),
				new Update().push("municipalities", toDocument(municipality)).inc("totals.municipalities", 1),
				COLLECTION);
	}

	private static Query byId(String workshopId) {
		return query(where("_id").is(workshopId));
	}

	private Document toDocument(Object value) {
		Document document = new Document();
		this.mongo.getConverter().write(value, document);
		document.remove("_class");
		return document;
	}

}
