package no.ks.kulturskole.support.deadletter;

/**
 * Thrown by a consumer for a record that cannot be applied yet but will be: what it needs
 * has not arrived (an event of another topic, a replica not yet built). Transient for
 * {@link ConsumerFailures}: the record is retried with back-off, its partition waiting,
 * instead of being dead-lettered. The message names ids only.
 */
public class RetryLater extends RuntimeException {

	public RetryLater(String message) {
		super(message);
	}

}
