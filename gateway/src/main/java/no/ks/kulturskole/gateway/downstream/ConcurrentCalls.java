package no.ks.kulturskole.gateway.downstream;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A page's calls to the services at once instead of one after another: the staff page of
 * a workshop asks three services four things, and in a registration rush, when every
 * service is busy, their waits added up to most of the page's time (and the live
 * dashboard shows a new delegation only after the page that fetches it). Each call runs
 * on a virtual thread of its own with what the downstream clients read from the request's
 * thread: the signed-in staff member (the service token) and the current observation (the
 * call's span in the page's trace), which their libraries' context accessors carry over
 * ({@link ContextSnapshot}); the correlation id (MDC) and the visitor's address (the
 * request), carried here.
 */
@Component
public class ConcurrentCalls {

	private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

	/** Calls started from this request's thread; closing waits for all of them. */
	public Batch start() {
		return new Batch(this.snapshots.captureAll(), MDC.getCopyOfContextMap(),
				RequestContextHolder.getRequestAttributes());
	}

	/** The calls of one page. */
	public static final class Batch implements AutoCloseable {

		private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

		private final ContextSnapshot context;

		private final Map<String, String> mdc;

		private final RequestAttributes request;

		private Batch(ContextSnapshot context, Map<String, String> mdc, RequestAttributes request) {
			this.context = context;
			this.mdc = mdc;
			this.request = request;
		}

		/** Starts the call now; {@link Call#get()} waits for its answer. */
		public <T> Call<T> submit(Supplier<T> call) {
			return new Call<>(this.threads.submit(() -> inRequestContext(call)));
		}

		private <T> T inRequestContext(Supplier<T> call) {
			try (ContextSnapshot.Scope scope = this.context.setThreadLocals()) {
				if (this.mdc != null) {
					MDC.setContextMap(this.mdc);
				}
				RequestContextHolder.setRequestAttributes(this.request);
				return call.get();
			}
			finally {
				RequestContextHolder.resetRequestAttributes();
				MDC.clear();
			}
		}

		@Override
		public void close() {
			this.threads.close();
		}

	}

	/** One call under way. */
	public static final class Call<T> {

		private final Future<T> answer;

		private Call(Future<T> answer) {
			this.answer = answer;
		}

		/**
		 * The call's answer, or what it threw, as it would have thrown on the request's
		 * thread.
		 */
		public T get() {
			try {
				return this.answer.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for a service", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

	}

}
