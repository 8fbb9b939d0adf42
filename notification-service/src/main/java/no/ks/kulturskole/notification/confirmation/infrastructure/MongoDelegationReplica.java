package no.ks.kulturskole.notification.confirmation.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.ks.kulturskole.contracts.registration.DelegationRegistered;
import no.ks.kulturskole.contracts.registration.ParticipantRegistered;
import no.ks.kulturskole.notification.confirmation.application.DelegationReplica;
import no.ks.kulturskole.notification.confirmation.model.DelegationView;
import no.ks.kulturskole.notification.confirmation.model.DelegationView.Delegate;
import no.ks.kulturskole.support.inbox.mongo.Inbox;
import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Collection {@code delegations}: one document per delegation, {@code _id} = delegation
 * id. Delegates are kept in a sub-document keyed by participant id, so that a redelivered
 * {@code ParticipantRegistered} overwrites its own entry instead of adding a second one;
 * dedup and order through the platform's inbox ({@link Inbox}). Holds personal data:
 * erase with the delegation.
 */
@Component
class MongoDelegationReplica implements DelegationReplica {

	static final String COLLECTION = "delegations";

	static final String ORGANISATION_NUMBER = "organisationNumber";

	/** The highest delegation sequence applied; absent until an event carried one. */
	static final String SEQUENCE = "sequence";

	/**
	 * The platform's inbox: the delegation sequence for where it sits, the ids of the
	 * participant events applied for who is in it.
	 */
	private static final Inbox INBOX = Inbox.sequenceIn(SEQUENCE);

	static final String AWAITING = "awaiting";

	static final String MOVES = "moves";

	/** A delegate's: added after the registration; absent in older documents. */
	static final String ADDED_LATER = "addedLater";

	/** The session the registration's times belong to; absent in older documents. */
	static final String TIMES_OF_SESSION = "timesOfSession";

	private final MongoTemplate mongo;

	MongoDelegationReplica(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Newest wins here too: a late duplicate of the registration, after a promotion or a
	 * move, must not put the delegation back on the waiting list or in its first session.
	 * The upsert is guarded by the sequence ({@link Inbox#unlessNewer}); when a newer
	 * event placed the delegation, only the registration's facts are written.
	 */
	@Override
	public DelegationView recordDelegation(DelegationRegistered event) {
		long sequence = event.delegationSequence();
		Update placed = INBOX.markSequence(facts(event).set("sessionId", event.sessionId())
			.set("status", (event.status() != null) ? event.status().name() : "CONFIRMED"), sequence);
		return INBOX.unlessNewer(event.delegationId(), sequence, (guarded) -> upsert(guarded, placed))
			.orElseGet(() -> upsert(event.delegationId(), facts(event)));
	}

	/** What the registration tells about the delegation, apart from where it sits. */
	private static Update facts(DelegationRegistered event) {
		return new Update().set("workshopId", event.workshopId())
			.set("workshopTitle", event.workshopTitle())
			.set("sessionStartsAt", event.sessionStartsAt())
			.set("sessionEndsAt", event.sessionEndsAt())
			// the times above are this session's: once the delegation sits elsewhere they
			// tell nothing
			.set(TIMES_OF_SESSION, event.sessionId())
			.set("municipalityName", (event.organisation() != null) ? event.organisation().name() : null)
			// whom an invite-only workshop of a later day invites (issue 17)
			.set(ORGANISATION_NUMBER, (event.organisation() != null) ? event.organisation().number() : null)
			.set("language", event.language())
			.set("coordinatorName", (event.coordinator() != null) ? event.coordinator().name() : null)
			.set("coordinatorEmail", (event.coordinator() != null) ? event.coordinator().email() : null)
			.set("registeredAt", event.occurredAt())
			.set("participantCount", event.participantCount());
	}

	/**
	 * Once per event ({@link Inbox#once}): a {@code ParticipantRegistered} republished
	 * after the participant's removal does not bring them back. Applied already, the
	 * delegation is answered as it is, so the caller's mail path (kept once by the mail
	 * key) still runs after a crash between this write and the mail.
	 */
	@Override
	public DelegationView recordParticipant(ParticipantRegistered event, boolean addedLater) {
		Document delegate = new Document("name", event.name()).append("email", event.email())
			.append("roleTitle", event.roleTitle())
			.append("roleCategory", (event.roleCategory() != null) ? event.roleCategory().name() : null)
			.append("addedAt", event.occurredAt())
			.append(ADDED_LATER, addedLater);
		String eventId = event.eventId().toString();
		Update update = INBOX.markApplied(new Update().set("delegates." + event.participantId(), delegate)
			.setOnInsert("workshopId", event.workshopId())
			.setOnInsert("sessionId", event.sessionId()), eventId);
		return INBOX.once(event.delegationId(), eventId, (guarded) -> upsert(guarded, update))
			.orElseGet(() -> toView(this.mongo.findById(event.delegationId(), Document.class, COLLECTION)));
	}

	@Override
	public Optional<DelegationView> recordStatus(String delegationId, String status, String sessionId, long sequence) {
		Update update = newest(new Update().set("status", status), sequence);
		if (sessionId != null) {
			update.set("sessionId", sessionId);
		}
		Document document = this.mongo.findAndModify(registeredAndNotNewerThan(delegationId, sequence), update,
				FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
		return Optional.ofNullable(document).map(MongoDelegationReplica::toView);
	}

	/**
	 * One conditional update guarded by the sequence ({@link Inbox#notNewerThan}), so
	 * that of an event and a newer one racing (two consumers after a rebalance, a late
	 * duplicate) the older never overwrites the newer. The same sequence matches again: a
	 * redelivery re-applies the same state.
	 */
	private static Query registeredAndNotNewerThan(String delegationId, long sequence) {
		return Query.query(INBOX.notNewerThan(Inbox.byId(delegationId).and("status").exists(true), sequence));
	}

	/** Records the sequence, and drops a mail waiting for an older state. */
	private static Update newest(Update update, long sequence) {
		return INBOX.markSequence(update, sequence).unset(AWAITING);
	}

	@Override
	public void recordCoordinator(String delegationId, String name, String email) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(delegationId)),
				new Update().set("coordinatorName", name).set("coordinatorEmail", email), COLLECTION);
	}

	@Override
	public void recordRegistrationComplete(String delegationId) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(delegationId)),
				new Update().set("registrationComplete", true), COLLECTION);
	}

	@Override
	public Optional<DelegationView> recordMove(String delegationId, String toSessionId, String status, long sequence) {
		Document before = this.mongo.findAndModify(registeredAndNotNewerThan(delegationId, sequence),
				newest(new Update().set("sessionId", toSessionId).set("status", status).inc(MOVES, 1), sequence),
				FindAndModifyOptions.options().returnNew(false), Document.class, COLLECTION);
		return Optional.ofNullable(before).map(MongoDelegationReplica::toView);
	}

	@Override
	public void park(String delegationId, DelegationView.Awaiting awaiting) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(delegationId)),
				new Update().set(AWAITING,
						new Document("kind", awaiting.kind().name()).append("version", awaiting.version())),
				COLLECTION);
	}

	@Override
	public List<DelegationView> awaitingOf(String workshopId) {
		Query query = Query.query(Criteria.where("workshopId").is(workshopId).and(AWAITING).exists(true));
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(MongoDelegationReplica::toView).toList();
	}

	@Override
	public void clearAwaiting(String delegationId, String version) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(delegationId).and(AWAITING + ".version").is(version)),
				new Update().unset(AWAITING), COLLECTION);
	}

	@Override
	public Optional<Delegate> removeParticipant(String delegationId, String participantId, String eventId) {
		Document before = this.mongo.findAndModify(Query.query(INBOX.notAppliedYet(Inbox.byId(delegationId), eventId)),
				INBOX.markApplied(new Update().unset("delegates." + participantId), eventId),
				FindAndModifyOptions.options().returnNew(false), Document.class, COLLECTION);
		if (before == null) {
			return Optional.empty();
		}
		return toView(before).delegates()
			.stream()
			.filter((delegate) -> delegate.participantId().equals(participantId))
			.findFirst();
	}

	@Override
	public Optional<DelegationView> ofDelegation(String delegationId) {
		return Optional.ofNullable(this.mongo.findById(delegationId, Document.class, COLLECTION))
			.map(MongoDelegationReplica::toView);
	}

	@Override
	public List<DelegationView.Coordinator> coordinatorsOf(String organisationNumber) {
		Query query = Query
			.query(Criteria.where(ORGANISATION_NUMBER).is(organisationNumber).and("coordinatorEmail").ne(null))
			.with(Sort.by(Sort.Direction.DESC, "registeredAt"));
		query.fields().include("coordinatorName", "coordinatorEmail");
		return this.mongo.find(query, Document.class, COLLECTION)
			.stream()
			.map(document -> new DelegationView.Coordinator(document.getString("coordinatorName"),
					document.getString("coordinatorEmail")))
			.toList();
	}

	@Override
	public List<DelegationView> ofWorkshop(String workshopId) {
		Query query = Query.query(Criteria.where("workshopId").is(workshopId).and("status").exists(true));
		return this.mongo.find(query, Document.class, COLLECTION).stream().map(MongoDelegationReplica::toView).toList();
	}

	private DelegationView upsert(String delegationId, Update update) {
		return upsert(Query.query(Criteria.where("_id").is(delegationId)), update);
	}

	private DelegationView upsert(Query query, Update update) {
		Document document = this.mongo.findAndModify(query, update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		return toView(document);
	}

	private static DelegationView toView(Document document) {
		List<Delegate> delegates = new ArrayList<>();
		Document byId = document.get("delegates", Document.class);
		if (byId != null) {
			for (Map.Entry<String, Object> entry : byId.entrySet()) {
				Document delegate = (Document) entry.getValue();
				delegates.add(new Delegate(entry.getKey(), delegate.getString("name"), delegate.getString("email"),
						delegate.getString("roleTitle"), delegate.getString("roleCategory"),
						instant(delegate.get("addedAt")), Boolean.TRUE.equals(delegate.getBoolean(ADDED_LATER))));
			}
		}
		String sessionId = document.getString("sessionId");
		String timesOf = document.getString(TIMES_OF_SESSION);
		// the registration's times only for the session they were told for: a delegation
		// promoted or moved elsewhere gets its times from the workshop, or waits
		boolean ownTimes = timesOf == null || timesOf.equals(sessionId);
		Document awaiting = document.get(AWAITING, Document.class);
		return new DelegationView(document.getString("_id"), document.getString("workshopId"), sessionId,
				document.getString("status"), document.getString("workshopTitle"),
				ownTimes ? instant(document.get("sessionStartsAt")) : null,
				ownTimes ? instant(document.get("sessionEndsAt")) : null, document.getString("municipalityName"),
				document.getString("language"), delegates,
				(document.get("coordinatorEmail") != null) ? new DelegationView.Coordinator(
						document.getString("coordinatorName"), document.getString("coordinatorEmail")) : null,
				instant(document.get("registeredAt")),
				(document.get("participantCount") instanceof Number count) ? count.intValue() : 0,
				Boolean.TRUE.equals(document.getBoolean("registrationComplete")),
				(awaiting != null) ? new DelegationView.Awaiting(
						DelegationView.Awaiting.Kind.valueOf(awaiting.getString("kind")), awaiting.getString("version"))
						: null,
				(document.get(MOVES) instanceof Number moves) ? moves.intValue() : 0);
	}

	private static Instant instant(Object value) {
		if (value instanceof Date date) {
			return date.toInstant();
		}
		return (value instanceof Instant instant) ? instant : null;
	}

}
