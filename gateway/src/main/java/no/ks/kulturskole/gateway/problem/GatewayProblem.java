package no.ks.kulturskole.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import no.ks.kulturskole.gateway.correlation.CorrelationIdFilter;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem answered by the gateway itself (not by a service behind it). Kept
 * as a plain map so it serialises the same way from a servlet filter and from a route.
 */
public final class GatewayProblem {

	private GatewayProblem() {
	}

	/**
	 * @param status the HTTP status
	 * @param title short Norwegian summary
	 * @param detail Norwegian explanation for the user
	 * @return the problem document, with the correlation id so support can find the logs
	 */
	public static Map<String, Object> of(HttpStatus status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
		if (correlationId != null) {
			problem.put("correlationId", correlationId);
		}
		return problem;
	}

}
