package no.ks.kulturskole.support.correlation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id that follows one user request through HTTP, Kafka headers and every service's
 * log.
 */
public final class CorrelationId {

	public static final String HTTP_HEADER = "X-Correlation-Id";

	public static final String MDC_KEY = "correlationId";

	/** Only harmless characters may come from outside into our logs. */
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	public static Optional<String> current() {
		return Optional.ofNullable(MDC.get(MDC_KEY));
	}

	public static boolean isAcceptable(String candidate) {
		return candidate != null && ACCEPTABLE.matcher(candidate).matches();
	}

	public static void set(String correlationId) {
		if (isAcceptable(correlationId)) {
			MDC.put(MDC_KEY, correlationId);
		}
		else {
			MDC.remove(MDC_KEY);
		}
	}

	public static void clear() {
		MDC.remove(MDC_KEY);
	}

	private CorrelationId() {
	}

}
