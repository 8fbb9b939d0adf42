package no.ks.kulturskole.support.correlation;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the caller's correlation id (or makes one) and hands it back in the response. */
public class CorrelationIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(CorrelationId.HTTP_HEADER);
		String correlationId = CorrelationId.isAcceptable(incoming) ? incoming : UUID.randomUUID().toString();
		CorrelationId.set(correlationId);
		response.setHeader(CorrelationId.HTTP_HEADER, correlationId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			CorrelationId.clear();
		}
	}

}
