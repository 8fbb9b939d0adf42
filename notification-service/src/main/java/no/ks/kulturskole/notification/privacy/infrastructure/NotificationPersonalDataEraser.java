package no.ks.kulturskole.notification.privacy.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import no.ks.kulturskole.contracts.privacy.PersonalData;
import no.ks.kulturskole.support.privacy.PersonalDataEraser;
import no.ks.kulturskole.support.secret.SecretSeal;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * notification-service's copies of an owner's personal data (issue 14): the delegation
 * replica (coordinator and delegates), the pilot application replica, the recipients of
 * messages to registrants, and the mail log. The mail log keeps each mail's kind, times,
 * status and template, and the recipient only as a keyed hash (so staff still see that
 * two mails went to one person); subject, text, HTML, calendar attachments and the sealed
 * manage-link secret go.
 */
@Component
class NotificationPersonalDataEraser implements PersonalDataEraser {

	private final MongoTemplate mongo;

	private final SecretSeal hashing;

	NotificationPersonalDataEraser(MongoTemplate mongo, @Value("${platform.secret-seal.key:}") String key) {
		this.mongo = mongo;
		// the sealing key notification-service has anyway; SealedSecretOpener refuses to
		// start without it
		this.hashing = (key != null && !key.isBlank()) ? SecretSeal.withKey(key) : null;
	}

	@Override
	public void erase(String ownerId) {
		eraseDelegationReplica(ownerId);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(ownerId)),
				new Update().set("contactName", PersonalData.ERASED).unset("contactEmail"), "pilot_applications");
		eraseMailLog(ownerId);
		eraseMessageRecipients(ownerId);
	}

	private void eraseDelegationReplica(String delegationId) {
		Document replica = this.mongo.findById(delegationId, Document.class, "delegations");
		if (replica == null) {
			return;
		}
		Update update = new Update().set("coordinatorName", PersonalData.ERASED).unset("coordinatorEmail");
		Document delegates = replica.get("delegates", new Document());
		for (String participantId : delegates.keySet()) {
			update.set("delegates." + participantId + ".name", PersonalData.ERASED)
				.unset("delegates." + participantId + ".email");
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(delegationId)), update, "delegations");
	}

	private void eraseMailLog(String ownerId) {
		eraseMails(Criteria.where("delegationId").is(ownerId));
	}

	/**
	 * Retention of the mail log (issue 14): the mails created before {@code cutoff} and
	 * no longer pending lose their address and contents as on erasure, and keep kind,
	 * times, status and the hashed recipient.
	 * @return how many mails
	 */
	int eraseMailsCreatedBefore(Instant cutoff) {
		return eraseMails(Criteria.where("createdAt").lt(cutoff).and("status").ne("PENDING"));
	}

	private int eraseMails(Criteria which) {
		Query mails = Query.query(new Criteria().andOperator(which, Criteria.where("recipientErased").ne(true)));
		int erased = 0;
		for (Document mail : this.mongo.find(mails, Document.class, "mails")) {
			erased++;
			Update update = new Update().set("recipient", hashOf(mail.getString("recipient")))
				.set("recipientErased", true)
				.unset("subject")
				.unset("text")
				.unset("html")
				.unset("calendars")
				.unset("sealedSecret");
			if ("PENDING".equals(mail.getString("status"))) {
				// nobody to send it to any more
				update.set("status", "SKIPPED").set("lastError", "Personopplysningene er slettet");
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(mail.get("_id"))), update, "mails");
		}
		return erased;
	}

	private void eraseMessageRecipients(String delegationId) {
		Query messages = Query.query(Criteria.where("recipients.delegationId").is(delegationId));
		for (Document message : this.mongo.find(messages, Document.class, "messages")) {
			List<Document> recipients = new ArrayList<>();
			for (Document recipient : message.getList("recipients", Document.class)) {
				if (delegationId.equals(recipient.getString("delegationId"))) {
					recipient = new Document(recipient).append("email", hashOf(recipient.getString("email")))
						.append("name", PersonalData.ERASED);
				}
				recipients.add(recipient);
			}
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(message.get("_id"))),
					new Update().set("recipients", recipients), "messages");
		}
	}

	private String hashOf(String address) {
		if (address == null || this.hashing == null) {
			return null;
		}
		return "hmac:" + this.hashing.keyedHash(address.strip().toLowerCase(java.util.Locale.ROOT));
	}

}
