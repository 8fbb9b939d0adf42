package no.ks.kulturskole.gateway.correlation;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The incoming request as the rest of the gateway sees it: with exactly one
 * {@value CorrelationIdFilter#HEADER} header, the accepted or generated id, replacing
 * whatever the caller sent.
 */
class CorrelatedRequest extends HttpServletRequestWrapper {

	private final String correlationId;

	CorrelatedRequest(HttpServletRequest request, String correlationId) {
		super(request);
		this.correlationId = correlationId;
	}

	@Override
	public String getHeader(String name) {
		return isCorrelationHeader(name) ? this.correlationId : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return isCorrelationHeader(name) ? Collections.enumeration(Set.of(this.correlationId)) : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		Set<String> names = new LinkedHashSet<>();
		Enumeration<String> original = super.getHeaderNames();
		while (original.hasMoreElements()) {
			String name = original.nextElement();
			if (!isCorrelationHeader(name)) {
				names.add(name);
			}
		}
		names.add(CorrelationIdFilter.HEADER);
		return Collections.enumeration(names);
	}

	private static boolean isCorrelationHeader(String name) {
		return CorrelationIdFilter.HEADER.equalsIgnoreCase(name);
	}

}
