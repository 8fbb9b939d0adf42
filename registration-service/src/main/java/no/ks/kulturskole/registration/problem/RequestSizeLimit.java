package no.ks.kulturskole.registration.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies larger than any real registration before they are read: the public
 * endpoints are open to the internet, and a 50 MB "delegation" should cost nothing. The
 * largest honest body, a delegation of 200 with long role titles, is well under the
 * limit; bean validation caps lists and strings inside it.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 256 * 1024;

	private static final String PROBLEM = """
			{"type":"https://kulturskole.ks.no/problemer/payload-too-large","title":"Ugyldig forespørsel",\
			"status":413,"detail":"Forespørselen er for stor (høyst 256 KB).",\
			"errors":[{"field":"body","message":"Forespørselen er for stor (høyst 256 KB)."}]}""";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(PROBLEM);
			return;
		}
		chain.doFilter(request, response);
	}

}
