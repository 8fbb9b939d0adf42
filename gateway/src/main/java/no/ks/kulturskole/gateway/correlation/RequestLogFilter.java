package no.ks.kulturskole.gateway.correlation;

import java.io.IOException;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request: method, path, status and duration, with the correlation id from
 * the MDC. Never the query string, which carries the manage link's secret, and never a
 * header or body, which carry personal data. Where Spring MVC matched a path template
 * (the pages), the template is logged instead of the path, so ids do not spread either.
 *
 * <p>
 * The health probes and metrics scrapes are logged at debug only: they would drown the
 * rest.
 */
public class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("gateway.requests");

	private static final String TRACE_ID = "traceId";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.isAsyncStarted()) {
				String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
				request.getAsyncContext().addListener(new LogWhenDone(request, response, started, correlationId));
			}
			else {
				write(request, response.getStatus(), started);
			}
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	static String pathOf(HttpServletRequest request) {
		Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		// a page's template ({id} placeholders); a proxied route's pattern (with **) says
		// less than the path itself
		if (template instanceof String pattern && !pattern.isEmpty() && !pattern.contains("*")) {
			return pattern;
		}
		// the request URI never includes the query string
		return request.getRequestURI();
	}

	private static void write(HttpServletRequest request, int status, long started) {
		long millis = (System.nanoTime() - started) / 1_000_000;
		String path = pathOf(request);
		boolean traced = withTraceId(request);
		try {
			if (path.startsWith("/actuator/")) {
				log.debug("{} {} {} {}ms", request.getMethod(), path, status, millis);
			}
			else {
				log.info("{} {} {} {}ms", request.getMethod(), path, status, millis);
			}
		}
		finally {
			if (traced) {
				MDC.remove(TRACE_ID);
			}
		}
	}

	/**
	 * The request's trace id in the MDC for this line: it is written when the request is
	 * done, after the HTTP observation's scope (which puts it there) has closed.
	 * @return whether it was put there here
	 */
	private static boolean withTraceId(HttpServletRequest request) {
		if (MDC.get(TRACE_ID) != null) {
			return false;
		}
		return ServerHttpObservationFilter.findObservationContext(request)
			.map((context) -> context.<TracingObservationHandler.TracingContext>get(
					TracingObservationHandler.TracingContext.class))
			.map(TracingObservationHandler.TracingContext::getSpan)
			.map((span) -> {
				MDC.put(TRACE_ID, span.context().traceId());
				return true;
			})
			.orElse(false);
	}

	/** A streamed answer (server-sent events) is logged when it ends. */
	private record LogWhenDone(HttpServletRequest request, HttpServletResponse response, long started,
			String correlationId) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			if (this.correlationId != null) {
				MDC.put(CorrelationIdFilter.MDC_KEY, this.correlationId);
			}
			try {
				write(this.request, this.response.getStatus(), this.started);
			}
			finally {
				MDC.remove(CorrelationIdFilter.MDC_KEY);
			}
		}

		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
		}

	}

}
