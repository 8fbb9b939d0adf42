package no.ks.kulturskole.gateway.correlation;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@value #HEADER} if it is harmless,
 * otherwise a new UUID. The id goes into the MDC (every log line), back to the caller,
 * and on to the service behind the gateway, which takes it as its own.
 *
 * <p>
 * Runs before Spring Security, so refused requests carry an id too.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Correlation-Id";

	public static final String MDC_KEY = "correlationId";

	/** Whatever comes from outside ends up in our logs: only harmless characters. */
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	static boolean isAcceptable(String candidate) {
		return candidate != null && ACCEPTABLE.matcher(candidate).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String correlationId = isAcceptable(incoming) ? incoming : UUID.randomUUID().toString();
		MDC.put(MDC_KEY, correlationId);
		response.setHeader(HEADER, correlationId);
		try {
			// the proxy copies the request's headers, so the downstream call carries the
			// id
			chain.doFilter(new CorrelatedRequest(request, correlationId), response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}
