package no.ks.kulturskole.support.deadletter;

import java.util.List;
import java.util.Set;

import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import no.ks.kulturskole.support.problem.LostRace;
import org.apache.kafka.common.errors.RetriableException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Why a consumer could not apply a record, and so what becomes of it: the one place every
 * consumer (the binder's error handler and reporting's batches) asks.
 * <ul>
 * <li>{@link Failure#TRANSIENT}: the database or the broker away or slow, a race lost to
 * another writer, a record that waits for another ({@link RetryLater}). The same record
 * will apply later: it is retried with growing pauses, without end, and its partition
 * waits; nothing behind it is applied first.
 * <li>{@link Failure#POISON}: everything else: the record cannot be read, its payload is
 * not a valid event, a rule refuses it. Trying again cannot help, so it goes to the
 * dead-letter topic at once and the records behind it are applied; a person can look at
 * it and re-drive it (after a fix) through the admin API.
 * </ul>
 * Poison is the default on purpose: a failure nobody foresaw is better seen in the
 * dead-letter topic (counted, alerted on, re-drivable) than blocking a partition forever.
 */
public final class ConsumerFailures {

	/** What becomes of a record whose handling failed. */
	public enum Failure {

		TRANSIENT, POISON

	}

	private static final List<Class<? extends Throwable>> TRANSIENT = List.of(TransientDataAccessException.class,
			DataAccessResourceFailureException.class, RecoverableDataAccessException.class, MongoTimeoutException.class,
			MongoSocketException.class, MongoNotPrimaryException.class, MongoNodeIsRecoveringException.class,
			RetriableException.class, LostRace.class, RetryLater.class);

	/** Labels the MongoDB driver and server put on errors that a retry may cure. */
	private static final Set<String> TRANSIENT_LABELS = Set.of(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL,
			"RetryableWriteError", "RetryableError", "SystemOverloadedError");

	public static Failure classify(Throwable failure) {
		return isTransient(failure) ? Failure.TRANSIENT : Failure.POISON;
	}

	/** Whether the failure or any of its causes is transient. */
	public static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			Throwable current = cause;
			if (TRANSIENT.stream().anyMatch((type) -> type.isInstance(current))) {
				return true;
			}
			if (current instanceof MongoException mongo && TRANSIENT_LABELS.stream().anyMatch(mongo::hasErrorLabel)) {
				return true;
			}
		}
		return false;
	}

	private ConsumerFailures() {
	}

}
