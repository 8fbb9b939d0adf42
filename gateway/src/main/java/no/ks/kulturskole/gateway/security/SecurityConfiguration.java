package no.ks.kulturskole.gateway.security;

import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what at the gateway. The services behind it check every caller again
 * (service-support): the gateway tells them who a staff member is with a token per call
 * ({@link ServiceTokens}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String STAFF = "STAFF";

	static final String ADMIN = "ADMIN";

	/** The hash of Swagger UI's (5.32) inline logo style. */
	private static final String SWAGGER_UI_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

	/**
	 * An administrator may do everything staff may, and in addition rebuild read models
	 * and look after accounts.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(ADMIN).implies(STAFF).build();
	}

	@Bean
	StaffLogin staffLogin(Environment environment, OidcLoginProperties oidc) {
		return StaffLogin.from(environment, oidc);
	}

	/**
	 * Local accounts or the organisation's identity provider. The client registration
	 * exists only when one is configured, so it is looked up, not required.
	 */
	@Bean
	StaffSignIn staffSignIn(StaffLogin login, ObjectProvider<ClientRegistrationRepository> registrations,
			OidcLoginProperties oidc, LoginThrottle throttle) {
		return login.oidc() ? OidcSignIn.of(login, registrations.getIfAvailable(), oidc) : new LocalSignIn(throttle);
	}

	/** Counts failed sign-ins from Spring Security's authentication events. */
	@Bean
	LoginThrottle loginThrottle(LoginThrottleProperties properties) {
		return new LoginThrottle(properties, java.time.Clock.systemUTC());
	}

	/**
	 * {@code /api/**}: public paths for municipalities, everything else for staff with
	 * HTTP Basic (local accounts) or a bearer token (OpenID Connect). Stateless JSON, so
	 * no session and no CSRF token (nothing here relies on a cookie the browser would
	 * send by itself).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAnswers problemAnswers,
			CorsConfigurationSource corsSource, StaffSignIn signIn) {
		signIn.programs(http, problemAnswers);
		return http.securityMatcher("/api/**")
			.cors((cors) -> cors.configurationSource(corsSource))
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/public/**")
				.permitAll()
				.requestMatchers("/api/reports/admin/**", "/api/privacy/**")
				.hasRole(ADMIN)
				.anyRequest()
				.hasRole(STAFF))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problemAnswers)
				.accessDeniedHandler(problemAnswers))
			.headers(SecurityConfiguration::pageHeaders)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.build();
	}

	/**
	 * The web pages: public pages open to all, the staff pages behind a login (a form, or
	 * the identity provider). CSRF protection is on: the pages use a session cookie,
	 * which the browser would send along with a forged form too.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain webPageSecurity(HttpSecurity http, ProblemAnswers problemAnswers, StaffSignIn signIn) {
		signIn.people(http);
		return http
			.securityMatcher("/", "/verksted/**", "/pamelding/**", "/delegasjon/**", "/mistet-lenke/**", "/pilot/**",
					"/evaluering/**", "/personvern", "/deltakerbevis/**", "/css/**", "/js/**", "/favicon.ico",
					"/logg-inn", "/logg-ut", "/ingen-tilgang", "/stab", "/stab/**",
					// the OpenID Connect login's start and the provider's way back
					"/oauth2/**", "/login/oauth2/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/stab/admin/**")
				.hasRole(ADMIN)
				.requestMatchers("/stab", "/stab/**")
				.hasRole(STAFF)
				.anyRequest()
				.permitAll())
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
		pageHeaders(headers, "");
	}

	private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers, String moreStyles) {
		headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self'" + moreStyles + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
					+ "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny());
	}

	/**
	 * The services' API documents ({@code /docs/<service>/v3/api-docs}) and the Swagger
	 * UI that shows them together: open to anyone, like the public API they describe, and
	 * read-only. Swagger UI draws its logo with one inline {@code <style>}; the CSP lets
	 * exactly that text in by its hash, nothing else inline (a new Swagger UI version
	 * that changes it shows up as a CSP error in ApiDocumentationTests).
	 */
	@Bean
	@Order(3)
	SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) {
		return http.securityMatcher("/docs/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> pageHeaders(headers, " " + SWAGGER_UI_LOGO_STYLE))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.build();
	}

	/**
	 * Everything else: the health, info and metrics endpoints are open; anything else is
	 * for staff. CSRF protection stays on here for the web pages to come.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain otherSecurity(HttpSecurity http, ProblemAnswers problemAnswers, StaffSignIn signIn) {
		signIn.programs(http, problemAnswers);
		return http
			.authorizeHttpRequests(
					(requests) -> requests
						.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error",
								ServiceTokenConfiguration.JWKS_PATH)
						.permitAll()
						.anyRequest()
						.hasRole(STAFF))
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
	ProblemAnswers problemAnswers(JsonMapper jsonMapper, StaffLogin login) {
		return new ProblemAnswers(jsonMapper, login.oidc());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * Outside the local profile a gateway nobody can sign in to, or one that opens with
	 * the README's passwords, is a mistake: refuse to start rather than run that way.
	 */
	private static void refuseDemoOrNoAccounts(StaffAccounts accounts, PasswordEncoder passwords) {
		if (accounts.users().isEmpty()) {
			throw new IllegalStateException("No staff account and no identity provider: configure "
					+ "platform.security.users (BCrypt hashes) or the oidc profile; the demo accounts exist "
					+ "only in the local profile");
		}
		for (int i = 0; i < accounts.users().size(); i++) {
			if (DemoPasswords.matches(accounts.users().get(i).passwordHash(), passwords)) {
				// the position, not the username: usernames may be names
				throw new IllegalStateException("platform.security.users[" + i + "] has a demo password from the "
						+ "README; demo passwords are accepted only in the local profile");
			}
		}
	}

	/**
	 * With OpenID Connect the configured accounts are not loaded at all, so the demo
	 * accounts of application.yml cannot open a production gateway.
	 */
	@Bean
	UserDetailsService userDetailsService(StaffAccounts accounts, StaffLogin login, PasswordEncoder passwords,
			Environment environment) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		if (login.oidc()) {
			return users;
		}
		if (!environment.acceptsProfiles(Profiles.of(LocalProfile.NAME))) {
			refuseDemoOrNoAccounts(accounts, passwords);
		}
		accounts.users()
			.forEach((account) -> users.createUser(User.withUsername(account.username())
				.password(account.passwordHash())
				.roles(account.roles().toArray(String[]::new))
				.build()));
		return users;
	}

}
