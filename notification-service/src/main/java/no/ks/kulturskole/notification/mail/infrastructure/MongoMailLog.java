package no.ks.kulturskole.notification.mail.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.notification.mail.application.MailLog;
import no.ks.kulturskole.notification.mail.model.MailKey;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.MailStatus;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;
import no.ks.kulturskole.notification.mail.model.RenderedMail;
import no.ks.kulturskole.notification.mail.model.SealedSecret;
import no.ks.kulturskole.notification.mail.model.TemplateRef;
import no.ks.kulturskole.support.outbox.OutboxEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The e-mail log in MongoDB. Every write is one conditional single-document operation,
 * which is atomic on real MongoDB and on the embedded server alike; no transactions.
 * MongoTemplate already translates driver exceptions, so no repository proxy is needed.
 */
@Component
class MongoMailLog implements MailLog {

	private static final Logger log = LoggerFactory.getLogger(MongoMailLog.class);

	private final MongoTemplate mongo;

	private final OutboxEntries outboxEntries;

	MongoMailLog(MongoTemplate mongo, OutboxEntries outboxEntries) {
		this.mongo = mongo;
		this.outboxEntries = outboxEntries;
	}

	/**
	 * Only speeds up queries (uniqueness comes from {@code _id}), so a database that is
	 * away at startup must not stop the service from starting; it gets them next start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void createIndexes() {
		try {
			IndexOperations indexes = this.mongo.indexOps(MailDocument.class);
			// the retrier's question: which pending e-mail is due first?
			indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
			// the staff log's questions
			indexes.createIndex(new Index().on("workshopId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
			indexes.createIndex(new Index().on("delegationId", Sort.Direction.ASC));
		}
		catch (RuntimeException ex) {
			log.warn("Indexes on '{}' not created: {}", MailDocument.COLLECTION, ex.getClass().getSimpleName());
		}
	}

	@Override
	public boolean recordNew(OutgoingMail mail, Instant now, Instant claimedUntil) {
		return insertOnce(mail, MailStatus.PENDING, 1, now, claimedUntil, null);
	}

	@Override
	public boolean recordSkipped(OutgoingMail mail, Instant now, String reason) {
		return insertOnce(mail, MailStatus.SKIPPED, 0, now, null, reason);
	}

	/** Stores the mail under its key unless it is there already (then {@code false}). */
	private boolean insertOnce(OutgoingMail mail, MailStatus status, int attempts, Instant now, Instant claimedUntil,
			String lastError) {
		MailKey key = mail.key();
		RenderedMail content = mail.content();
		MailDocument document = new MailDocument(mail.id(), key.kind(), status, key.recipient(), key.workshopId(),
				key.sessionId(), key.delegationId(), key.version(), content.subject(), content.text(), content.html(),
				content.template().name(), content.template().language(), content.template().version(),
				mail.correlationId(), attempts, now, claimedUntil, null, null, lastError, List.of(), mail.calendars(),
				(mail.secret() != null) ? mail.secret().sealed() : null,
				(mail.secret() != null) ? mail.secret().ownerId() : null);
		try {
			this.mongo.insert(document);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	public Optional<ClaimedMail> claimNextDue(Instant now, Instant claimedUntil) {
		Query due = Query.query(Criteria.where("status").is(MailStatus.PENDING).and("nextAttemptAt").lte(now))
			.with(Sort.by("nextAttemptAt"));
		Update claim = new Update().inc("attempts", 1).set("nextAttemptAt", claimedUntil);
		MailDocument claimed = this.mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
				MailDocument.class);
		return Optional.ofNullable(claimed).map(document -> new ClaimedMail(toMail(document), document.attempts()));
	}

	@Override
	public boolean reclaim(String id, Instant heldUntil, Instant claimedUntil) {
		Query stillOurs = Query.query(
				Criteria.where("_id").is(id).and("status").is(MailStatus.PENDING).and("nextAttemptAt").is(heldUntil));
		return this.mongo.updateFirst(stillOurs, new Update().set("nextAttemptAt", claimedUntil), MailDocument.class)
			.getModifiedCount() == 1;
	}

	@Override
	public boolean markSent(String id, Instant sentAt, NotificationEvent event) {
		Update sent = new Update().set("status", MailStatus.SENT)
			.set("sentAt", sentAt)
			.unset("nextAttemptAt")
			.push("outbox", this.outboxEntries.of(event));
		boolean marked = this.mongo.updateFirst(pending(id), sent, MailDocument.class).getModifiedCount() == 1;
		if (marked) {
			this.outboxEntries.written(MailDocument.COLLECTION, id);
		}
		return marked;
	}

	@Override
	public void scheduleRetry(String id, Instant nextAttemptAt, String reason) {
		this.mongo.updateFirst(pending(id), new Update().set("nextAttemptAt", nextAttemptAt).set("lastError", reason),
				MailDocument.class);
	}

	@Override
	public void markFailed(String id, Instant failedAt, String reason, NotificationEvent event) {
		Update failed = new Update().set("status", MailStatus.FAILED)
			.set("failedAt", failedAt)
			.set("lastError", reason)
			.unset("nextAttemptAt")
			.push("outbox", this.outboxEntries.of(event));
		if (this.mongo.updateFirst(pending(id), failed, MailDocument.class).getModifiedCount() == 1) {
			this.outboxEntries.written(MailDocument.COLLECTION, id);
		}
	}

	@Override
	public Optional<OutgoingMail> findMail(String id) {
		// an erased mail (on request or by retention) has nothing left to send, nor
		// anyone
		Query notErased = Query.query(Criteria.where("_id").is(id).and("recipientErased").ne(true));
		return Optional.ofNullable(this.mongo.findOne(notErased, MailDocument.class)).map(MongoMailLog::toMail);
	}

	@Override
	public List<MailLogEntry> find(String workshopId, String delegationId, int limit) {
		Criteria criteria = new Criteria();
		if (workshopId != null) {
			criteria = criteria.and("workshopId").is(workshopId);
		}
		if (delegationId != null) {
			criteria = criteria.and("delegationId").is(delegationId);
		}
		Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit);
		// the log needs no bodies: leave them (and their personal data) in the database
		query.fields().exclude("text", "html", "outbox", "calendars", "sealedSecret");
		return this.mongo.find(query, MailDocument.class).stream().map(MongoMailLog::toEntry).toList();
	}

	private static Query pending(String id) {
		return Query.query(Criteria.where("_id").is(id).and("status").is(MailStatus.PENDING));
	}

	private static OutgoingMail toMail(MailDocument document) {
		MailKey key = new MailKey(document.kind(), document.recipient(), document.workshopId(), document.sessionId(),
				document.delegationId(), document.version());
		TemplateRef template = new TemplateRef(document.templateName(), document.templateLanguage(),
				document.templateVersion());
		SealedSecret secret = (document.sealedSecret() != null)
				? new SealedSecret(document.sealedSecret(), document.secretOwner()) : null;
		return new OutgoingMail(key, new RenderedMail(document.subject(), document.text(), document.html(), template),
				document.correlationId(), document.calendars(), secret, document.createdAt());
	}

	private static MailLogEntry toEntry(MailDocument document) {
		TemplateRef template = new TemplateRef(document.templateName(), document.templateLanguage(),
				document.templateVersion());
		return new MailLogEntry(document.id(), document.kind(), document.status(), document.recipient(),
				document.workshopId(), document.sessionId(), document.delegationId(), template.label(),
				document.subject(), document.attempts(), document.createdAt(), document.sentAt(),
				document.nextAttemptAt(), document.lastError());
	}

}
