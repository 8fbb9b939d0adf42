package no.ks.kulturskole.support.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

/**
 * The W3C {@code traceparent} of the span current on this thread. Read from
 * OpenTelemetry's context directly (Micrometer Tracing's OpenTelemetry bridge keeps the
 * current span there), so that code without a tracer at hand (a writer capturing a
 * request's origin) can still capture it.
 */
public final class TraceParent {

	public static final String HEADER = "traceparent";

	private TraceParent() {
	}

	public static Optional<String> current() {
		Map<String, String> carrier = new HashMap<>();
		W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
		return Optional.ofNullable(carrier.get(HEADER));
	}

	/** The trace id inside a {@code traceparent} ({@code 00-<trace>-<span>-<flags>}). */
	public static Optional<String> traceIdOf(String traceparent) {
		if (traceparent == null) {
			return Optional.empty();
		}
		String[] parts = traceparent.split("-");
		return (parts.length == 4) ? Optional.of(parts[1]) : Optional.empty();
	}

}
