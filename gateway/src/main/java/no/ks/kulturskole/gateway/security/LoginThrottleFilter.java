package no.ks.kulturskole.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a sign-in attempt (the login form's POST, or HTTP Basic credentials) away with
 * 429 and {@code Retry-After} while its account or client is paused
 * ({@link LoginThrottle}), before the password is even checked: a paused guesser learns
 * nothing, not even from the time a BCrypt check takes.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private static final String BASIC = "Basic ";

	private final LoginThrottle throttle;

	private final String loginPath;

	LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
		this.throttle = throttle;
		this.loginPath = loginPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> username = username(request);
		Optional<Duration> pause = username.flatMap((name) -> this.throttle.pause(name, request.getRemoteAddr()));
		if (pause.isPresent()) {
			long seconds = Math.max(1, pause.get().toSeconds());
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"https://kulturskole.ks.no/problemer/too-many-sign-ins\",\"title\":\"For mange "
						+ "forsøk\",\"status\":429,\"detail\":\"For mange mislykkede innlogginger. Prøv igjen om "
						+ Math.max(1, (seconds + 59) / 60) + " minutter.\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	private Optional<String> username(HttpServletRequest request) {
		if ("POST".equals(request.getMethod()) && this.loginPath.equals(request.getServletPath())) {
			return Optional.ofNullable(request.getParameter("username"));
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon >= 0) ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
			}
			catch (IllegalArgumentException ex) {
				// not Base64: the Basic filter refuses it
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

}
