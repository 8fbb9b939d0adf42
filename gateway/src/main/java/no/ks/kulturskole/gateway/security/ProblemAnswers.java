package no.ks.kulturskole.gateway.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.gateway.problem.GatewayProblem;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals as {@code application/problem+json}, never a login page: the callers of
 * {@code /api/**} are programs.
 */
class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper jsonMapper;

	private final boolean bearer;

	/**
	 * @param bearer whether programs sign in with a bearer token (OpenID Connect) rather
	 * than HTTP Basic
	 */
	ProblemAnswers(JsonMapper jsonMapper, boolean bearer) {
		this.jsonMapper = jsonMapper;
		this.bearer = bearer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (this.bearer) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kulturskole\"");
			write(response, GatewayProblem.of(HttpStatus.UNAUTHORIZED, "Innlogging kreves",
					"Denne tjenesten er bare for ansatte. Send et gyldig tilgangstoken fra organisasjonens innlogging."));
		}
		else {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kulturskole\"");
			write(response, GatewayProblem.of(HttpStatus.UNAUTHORIZED, "Innlogging kreves",
					"Denne tjenesten er bare for ansatte. Logg inn med brukernavn og passord."));
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, GatewayProblem.of(HttpStatus.FORBIDDEN, "Ingen tilgang",
				"Brukeren din har ikke tilgang til denne tjenesten."));
	}

	private void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
		response.setStatus((Integer) problem.get("status"));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.jsonMapper.writeValue(response.getOutputStream(), problem);
	}

}
