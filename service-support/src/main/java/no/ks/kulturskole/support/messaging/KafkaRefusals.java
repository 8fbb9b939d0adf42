package no.ks.kulturskole.support.messaging;

import java.util.Set;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which failures of a send are for good: the same record would be refused however often
 * it was sent again. Everything else (the broker away, a leader moving, timeouts, fenced
 * producer epochs) is transient, and the record is sent again later.
 */
public final class KafkaRefusals {

	private static final Set<Class<? extends Throwable>> PERMANENT = Set.of(RecordTooLargeException.class,
			RecordBatchTooLargeException.class, InvalidTopicException.class, SerializationException.class,
			InvalidRecordException.class);

	/** Whether the failure or any of its causes refuses the record for good. */
	public static boolean isPermanent(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			Throwable current = cause;
			if (PERMANENT.stream().anyMatch((type) -> type.isInstance(current))) {
				return true;
			}
		}
		return false;
	}

	static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private KafkaRefusals() {
	}

}
