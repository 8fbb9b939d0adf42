package no.ks.kulturskole.gateway.security;

import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what. The services behind the gateway trust it, so this is the only place
 * where staff are told apart from the public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String STAFF = "STAFF";

	static final String ADMIN = "ADMIN";

	/**
	 * An administrator may do everything staff may, and in addition rebuild read models
	 * and look after accounts.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(ADMIN).implies(STAFF).build();
	}

	/**
	 * {@code /api/**}: public paths for municipalities, everything else for staff with
	 * HTTP Basic. Stateless JSON, so no session and no CSRF token (nothing here relies on
	 * a cookie the browser would send by itself).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAnswers problemAnswers,
			CorsConfigurationSource corsSource) {
		return http.securityMatcher("/api/**")
			.cors((cors) -> cors.configurationSource(corsSource))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/public/**")
				.permitAll()
				.requestMatchers("/api/reports/admin/**")
				.hasRole(ADMIN)
				.anyRequest()
				.hasRole(STAFF))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problemAnswers))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problemAnswers)
				.accessDeniedHandler(problemAnswers))
			.headers(SecurityConfiguration::pageHeaders)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.build();
	}

	/**
	 * The web pages: public pages open to all, the staff pages behind a login form. CSRF
	 * protection is on: the pages use a session cookie, which the browser would send
	 * along with a forged form too.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain webPageSecurity(HttpSecurity http, ProblemAnswers problemAnswers) {
		return http
			.securityMatcher("/", "/verksted/**", "/pamelding/**", "/delegasjon/**", "/mistet-lenke/**", "/pilot/**",
					"/css/**", "/js/**", "/favicon.ico", "/logg-inn", "/logg-ut", "/ingen-tilgang", "/stab", "/stab/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/stab/admin/**")
				.hasRole(ADMIN)
				.requestMatchers("/stab", "/stab/**")
				.hasRole(STAFF)
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage("/logg-inn")
				.defaultSuccessUrl("/stab", true)
				.failureUrl("/logg-inn?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logg-ut").logoutSuccessUrl("/logg-inn?logout"))
			// a person at a form gets a page, not a problem document: above all when the
			// session, and with it the CSRF token, expired while they were writing
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(forbiddenPage()))
			.headers(SecurityConfiguration::pageHeaders)
			.build();
	}

	private static AccessDeniedHandler forbiddenPage() {
		AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
		handler.setErrorPage("/ingen-tilgang");
		return handler;
	}

	/**
	 * No inline script or style anywhere, no framing (clickjacking), and no full URL in
	 * the Referer (a manage link carries a secret). HSTS is Spring Security's default:
	 * sent on HTTPS requests only, so it appears behind TLS and never on plain local
	 * HTTP.
	 */
	static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
					+ "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny());
	}

	/**
	 * Everything outside {@code /api/**}: the health, info and metrics endpoints and the
	 * services' API documents are open; anything else is for staff. CSRF protection stays
	 * on here for the web pages to come.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain otherSecurity(HttpSecurity http, ProblemAnswers problemAnswers) {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/docs/**", "/error")
				.permitAll()
				.anyRequest()
				.hasRole(STAFF))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problemAnswers))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problemAnswers)
				.accessDeniedHandler(problemAnswers))
			.headers(SecurityConfiguration::pageHeaders)
			.build();
	}

	/**
	 * Cross-origin calls to {@code /api/**} from the configured frontends only. Staff
	 * credentials are not sent cross-origin (no {@code allowCredentials}): another
	 * frontend signs staff in on its own.
	 */
	@Bean
	CorsConfigurationSource corsSource(CorsProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!properties.allowedOrigins().isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(properties.allowedOrigins());
			cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
			cors.setAllowedHeaders(List.of("Content-Type", "Authorization", "X-Correlation-Id"));
			cors.setExposedHeaders(List.of("X-Correlation-Id", "Location", "Retry-After"));
			cors.setMaxAge(Duration.ofHours(1));
			source.registerCorsConfiguration("/api/**", cors);
		}
		return source;
	}

	@Bean
	ProblemAnswers problemAnswers(JsonMapper jsonMapper) {
		return new ProblemAnswers(jsonMapper);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(StaffAccounts accounts) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		accounts.users()
			.forEach((account) -> users.createUser(User.withUsername(account.username())
				.password(account.passwordHash())
				.roles(account.roles().toArray(String[]::new))
				.build()));
		return users;
	}

}
