package no.ks.kulturskole.notification.confirmation.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import no.ks.kulturskole.notification.confirmation.model.ScheduledItem;

/**
 * The durable schedule of time-based mailings. Items survive restarts because they live
 * in the database; a claim is a conditional update with a lease, so that of several
 * instances polling at once exactly one gets an item.
 */
public interface Schedule {

	/**
	 * Creates the item or moves it to a new time and revision; an item already done for
	 * an older revision becomes pending again.
	 */
	void plan(ScheduledItem item);

	/** Moves the due time of the workshop's items of this kind, keeping their content. */
	void move(ScheduledItem.Kind kind, String workshopId, String sessionId, Instant dueAt, int revision);

	/** Nothing of this workshop will be sent any more. */
	void dropAll(String workshopId);

	Optional<ScheduledItem> claimNextDue(Instant now, Duration lease, String owner);

	/**
	 * @return {@code false} if the claim had been lost (the lease ran out)
	 */
	boolean markDone(String id, String owner);

	List<ScheduledItem> pendingOf(String workshopId);

	/** Any item of this kind for the workshop that was not dropped, e.g. its material. */
	Optional<ScheduledItem> anyOf(ScheduledItem.Kind kind, String workshopId);

	/** The session's items already sent (material released, reminder gone). */
	List<ScheduledItem> doneOf(String workshopId, String sessionId);

}
