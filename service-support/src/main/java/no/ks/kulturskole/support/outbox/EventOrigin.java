package no.ks.kulturskole.support.outbox;

import no.ks.kulturskole.support.correlation.CorrelationId;
import no.ks.kulturskole.support.tracing.TraceParent;

/**
 * Where the change that caused an event came from: the request's correlation id and its
 * trace (a W3C {@code traceparent}). Stored with the outbox entry, so that the record the
 * relay publishes later, from another thread, continues the request's trace. Neither
 * carries personal data.
 *
 * @param correlationId {@code null} if none
 * @param traceparent {@code null} if no trace was under way
 */
public record EventOrigin(String correlationId, String traceparent) {

	public static final EventOrigin NONE = new EventOrigin(null, null);

	/**
	 * Of the calling thread: capture it where the request is handled, not on a writer
	 * thread that stores the changes of several requests.
	 */
	public static EventOrigin current() {
		return new EventOrigin(CorrelationId.current().orElse(null), TraceParent.current().orElse(null));
	}

}
