package no.ks.kulturskole.support.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as {@code application/problem+json}, like every other refusal of the
 * services. The answer says what is missing, never why a given token failed (which would
 * help someone forging one).
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String TYPE_BASE = "https://kulturskole.ks.no/problemer/";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		// RFC 6750: tells a client that a bearer token is what is asked for
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Innlogging kreves",
				"Denne tjenesten svarer bare innloggede ansatte, med et gyldig token fra porten.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "forbidden", "Ingen tilgang", "Rollen din gir ikke tilgang til dette.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// fixed texts only: nothing from the request is echoed
		response.getWriter()
			.write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
