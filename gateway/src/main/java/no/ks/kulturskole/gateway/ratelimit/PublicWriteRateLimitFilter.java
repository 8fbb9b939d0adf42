package no.ks.kulturskole.gateway.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.ks.kulturskole.gateway.problem.GatewayProblem;
import no.ks.kulturskole.web.ClientAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits public writes per client with a Resilience4j {@link RateLimiter}: the public
 * registration endpoints are open to anyone, so one client must not be able to flood
 * them. Reads are not limited. A refused write gets 429 with {@code Retry-After}, as
 * problem+json for the API and as a short page for the form.
 *
 * <p>
 * The client is the remote address; behind a proxy it is the proxy's
 * {@code X-Forwarded-For} as accepted by the server's forward-headers strategy.
 */
public class PublicWriteRateLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PublicWriteRateLimitFilter.class);

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final RateLimitProperties properties;

	private final RateLimiterConfig config;

	private final JsonMapper jsonMapper;

	private final Cache<String, RateLimiter> limiters;

	private final Counter permitted;

	private final Counter refused;

	public PublicWriteRateLimitFilter(RateLimitProperties properties, JsonMapper jsonMapper, MeterRegistry meters) {
		this.properties = properties;
		this.permitted = outcome(meters, "permitted");
		this.refused = outcome(meters, "refused");
		this.jsonMapper = jsonMapper;
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(properties.limitForPeriod())
			.limitRefreshPeriod(properties.period())
			// refuse at once rather than hold a request thread waiting for a permit
			.timeoutDuration(Duration.ZERO)
			.build();
		// bounded without forgetting everyone at once (which handed every client a fresh
		// allowance): the least recently seen clients go first, and a client quiet for
		// two
		// periods has a full allowance again anyway
		this.limiters = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(properties.period().multipliedBy(2))
			.build();
	}

	/** The public pages that post forms, each backed by a public write of the API. */
	private static final List<String> PUBLIC_FORMS = List.of("/verksted/*/pamelding", "/delegasjon/**",
			"/mistet-lenke/**", "/pilot/**", "/evaluering/**");

	static boolean isPublicWrite(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"POST".equals(method) && !"PUT".equals(method) && !"DELETE".equals(method)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATHS.match("/api/public/**", path)
				|| ("POST".equals(method) && PUBLIC_FORMS.stream().anyMatch((form) -> PATHS.match(form, path)));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isPublicWrite(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter limiter = limiterFor(ClientAddress.key(request.getRemoteAddr()));
		if (limiter.acquirePermission()) {
			this.permitted.increment();
			chain.doFilter(request, response);
			return;
		}
		// the client's address is personal data: not logged
		log.info("A public write was refused by the rate limit");
		this.refused.increment();
		refuse(request, response, retryAfterSeconds(limiter));
	}

	/** Whole seconds until the allowance is refilled, at least one. */
	private long retryAfterSeconds(RateLimiter limiter) {
		long nanos = (limiter instanceof AtomicRateLimiter atomic) ? atomic.getDetailedMetrics().getNanosToWait()
				: this.properties.period().toNanos();
		return Math.max(1, (nanos + 999_999_999) / 1_000_000_000);
	}

	/**
	 * {@code gateway.public.writes{outcome}}: the limiters are per client, so they stay
	 * out of Resilience4j's registry, whose metrics would be tagged with each client's
	 * address (personal data, and a series per visitor); the outcome is what operations
	 * need.
	 */
	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder("gateway.public.writes")
			.description("Public writes let through or refused by the per-client rate limit")
			.tag("outcome", outcome)
			.register(meters);
	}

	private RateLimiter limiterFor(String client) {
		return this.limiters.get(client, (key) -> RateLimiter.of("public-writes", this.config));
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		response.setCharacterEncoding("UTF-8");
		String detail = "Det er sendt for mange påmeldinger fra samme sted på kort tid. Vent " + retryAfter
				+ " sekunder og prøv igjen.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.jsonMapper.writeValue(response.getOutputStream(),
					GatewayProblem.of(HttpStatus.TOO_MANY_REQUESTS, "For mange forespørsler", detail));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"UTF-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<title>For mange forsøk – Fremtidens kulturskole</title>"
					+ "<link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"icon\" href=\"data:,\"></head><body>"
					+ "<main id=\"hovedinnhold\" class=\"wrap\"><h1>For mange forsøk</h1><p>" + detail
					+ " Gå tilbake i nettleseren for å sende skjemaet på nytt.</p>"
					+ "<p><a href=\"/\">Til forsiden</a></p></main></body></html>");
	}

}
