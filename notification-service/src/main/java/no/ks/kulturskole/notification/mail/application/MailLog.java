package no.ks.kulturskole.notification.mail.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.contracts.notification.NotificationEvent;
import no.ks.kulturskole.notification.mail.model.MailLogEntry;
import no.ks.kulturskole.notification.mail.model.OutgoingMail;

/**
 * The durable e-mail log: one record per
 * {@link no.ks.kulturskole.notification.mail.model.MailKey}, its delivery state, and the
 * events about it waiting to be published. Every method is a single-document write, the
 * consistency boundary the platform's MongoDB allows.
 */
public interface MailLog {

	/**
	 * Stores a new e-mail as pending, owned by the caller until {@code claimedUntil}.
	 * @return {@code false} if an e-mail with the same key exists: the fact was handled
	 * before and nothing must be sent
	 */
	boolean recordNew(OutgoingMail mail, Instant now, Instant claimedUntil);

	/**
	 * Stores an e-mail that is not to be sent, with why, for staff to see.
	 * @return {@code false} if an e-mail with the same key exists
	 */
	boolean recordSkipped(OutgoingMail mail, Instant now, String reason);

	/**
	 * Takes the pending e-mail that has been due longest, counts an attempt and owns it
	 * until {@code claimedUntil}, so that no other instance sends it meanwhile.
	 */
	Optional<ClaimedMail> claimNextDue(Instant now, Instant claimedUntil);

	/**
	 * Moves the lease of a pending e-mail to {@code claimedUntil}, but only while it is
	 * still the lease the caller was given ({@code heldUntil}): nobody else has claimed
	 * the e-mail since, and it was not sent or given up.
	 * @return {@code false} if the e-mail is no longer the caller's
	 */
	boolean reclaim(String id, Instant heldUntil, Instant claimedUntil);

	/**
	 * Marks the e-mail sent and stores {@code event} for publication in the same write.
	 * @return {@code false} if it was no longer pending (another sender finished first)
	 */
	boolean markSent(String id, Instant sentAt, NotificationEvent event);

	void scheduleRetry(String id, Instant nextAttemptAt, String reason);

	/**
	 * Marks the e-mail given up and stores {@code event} ({@code NotificationFailed}) for
	 * publication in the same write.
	 */
	void markFailed(String id, Instant failedAt, String reason, NotificationEvent event);

	/** The e-mail as it was rendered, whatever its status; for a resend. */
	Optional<OutgoingMail> findMail(String id);

	/**
	 * Newest first; a {@code null} filter matches everything.
	 */
	List<MailLogEntry> find(String workshopId, String delegationId, int limit);

	/**
	 * @param attempts attempts made, this one included
	 */
	record ClaimedMail(OutgoingMail mail, int attempts) {
	}

}
