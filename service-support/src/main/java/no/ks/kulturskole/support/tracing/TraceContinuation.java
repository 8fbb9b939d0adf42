package no.ks.kulturskole.support.tracing;

import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * Continues a trace carried as a W3C {@code traceparent} where no observation does it:
 * <ul>
 * <li>while an outbox entry is published: the relay runs on its own schedule, long after
 * the request, so the entry's stored {@code traceparent} is made the parent of a short
 * span in whose scope the record is sent, and that span's context goes into the record's
 * {@code traceparent} header. Written here rather than left to the binder's producer
 * observation: the binder's own {@code KafkaTemplate} is not a bean and does not find the
 * observation registry;</li>
 * <li>while a consumed event is handled by a batch listener, which the binder's listener
 * observation does not cover (record listeners are covered and keep their span).</li>
 * </ul>
 */
public final class TraceContinuation {

	public static final TraceContinuation NONE = new TraceContinuation(Tracer.NOOP);

	private final Tracer tracer;

	public TraceContinuation(Tracer tracer) {
		this.tracer = tracer;
	}

	/**
	 * @param traceparent the stored trace, {@code null} for none (then nothing is
	 * started)
	 * @param eventType tags the span; no personal data goes into spans
	 */
	public Continued publishing(String traceparent, String eventType) {
		return continueTrace(traceparent, "outbox relay", Span.Kind.PRODUCER, eventType);
	}

	/**
	 * Nothing is started if the current span belongs to the record's trace already (a
	 * record listener's observation continued it). A batch listener's observation has a
	 * span of its own, in no record's trace: then each record's trace is continued here.
	 * @param traceparent the consumed record's header, {@code null} for none
	 */
	public Continued consuming(String traceparent, String eventType) {
		Span current = this.tracer.currentSpan();
		if (current != null && traceparent != null && traceparent.contains(current.context().traceId())) {
			return new Continued(null, null, null);
		}
		return continueTrace(traceparent, "handle event", Span.Kind.CONSUMER, eventType);
	}

	private Continued continueTrace(String traceparent, String name, Span.Kind kind, String eventType) {
		if (traceparent == null || this.tracer == Tracer.NOOP) {
			return new Continued(traceparent, null, null);
		}
		Optional<TraceContext> parent = parse(traceparent);
		if (parent.isEmpty()) {
			return new Continued(null, null, null);
		}
		Span span = this.tracer.spanBuilder()
			.setParent(parent.get())
			.name(name)
			.kind(kind)
			.tag("event.type", eventType)
			.start();
		TraceContext context = span.context();
		String continued = "00-" + context.traceId() + "-" + context.spanId() + "-"
				+ (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
		return new Continued(continued, span, this.tracer.withSpan(span));
	}

	/** {@code 00-<32 hex trace id>-<16 hex span id>-<flags>}, or empty if malformed. */
	private Optional<TraceContext> parse(String traceparent) {
		String[] parts = traceparent.split("-");
		if (parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16) {
			return Optional.empty();
		}
		return Optional.of(this.tracer.traceContextBuilder()
			.traceId(parts[1])
			.spanId(parts[2])
			.sampled("01".equals(parts[3]))
			.build());
	}

	/**
	 * A trace continued while a record is sent; closing ends the span and leaves its
	 * scope.
	 */
	public static final class Continued implements AutoCloseable {

		private final String traceparent;

		private final Span span;

		private final Tracer.SpanInScope scope;

		private Continued(String traceparent, Span span, Tracer.SpanInScope scope) {
			this.traceparent = traceparent;
			this.span = span;
			this.scope = scope;
		}

		/** For the record's header; {@code null} if there is no trace to continue. */
		public String traceparent() {
			return this.traceparent;
		}

		@Override
		public void close() {
			if (this.scope != null) {
				this.scope.close();
			}
			if (this.span != null) {
				this.span.end();
			}
		}

	}

}
