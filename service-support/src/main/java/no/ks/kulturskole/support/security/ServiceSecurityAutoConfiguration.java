package no.ks.kulturskole.support.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service checks who calls it, on every port, also behind the gateway: the design
 * once said "services trust the gateway", and then anyone who reached a service's port
 * read every delegate's name and e-mail.
 *
 * <ul>
 * <li>{@code /api/public/**}, health, info, Prometheus and the OpenAPI document: anyone
 * (health shows details only to a signed-in caller, see platform-defaults.yml).</li>
 * <li>{@code /api/<area>/admin/**} (rebuilds, and whatever else only administrators may
 * do: re-drives, erasure): the ADMIN role.</li>
 * <li>everything else: the STAFF role (ADMIN implies it).</li>
 * </ul>
 *
 * The caller proves its role with a short-lived JWT the gateway signs for this service
 * (audience = the service's name), or one from the organisation's identity provider; see
 * {@link CallerTokenProperties}.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SecurityFilterChain.class, BearerTokenAuthenticationFilter.class })
@EnableConfigurationProperties(CallerTokenProperties.class)
public class ServiceSecurityAutoConfiguration {

	static final String STAFF = "STAFF";

	static final String ADMIN = "ADMIN";

	/** Open to anyone: what municipalities use, probes, scraping and the API document. */
	static final String[] PUBLIC_PATHS = { "/api/public/**", "/actuator/health", "/actuator/health/**",
			"/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/error" };

	/** Administrators only, in whichever service: {@code /api/reports/admin/rebuild}. */
	static final String ADMIN_PATHS = "/api/*/admin/**";

	/** Erasure of personal data (issue 14): administrators only, as its paths say. */
	static final String PRIVACY_PATHS = "/api/privacy/**";

	@Bean
	@ConditionalOnMissingBean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(ADMIN).implies(STAFF).build();
	}

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder callerTokenDecoder(CallerTokenProperties properties,
			@Value("${spring.application.name}") String applicationName) {
		return CallerTokenDecoder.of(properties, applicationName);
	}

	/**
	 * Stateless: no session, no cookie, so no CSRF token either (a forged request from a
	 * browser carries no bearer token).
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityFilterChain serviceSecurity(HttpSecurity http, JwtDecoder decoder, CallerTokenProperties properties)
			throws Exception {
		SecurityProblems problems = new SecurityProblems();
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
				.permitAll()
				.requestMatchers(ADMIN_PATHS, PRIVACY_PATHS)
				.hasRole(ADMIN)
				.anyRequest()
				.hasRole(STAFF))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.decoder(decoder)
					.jwtAuthenticationConverter(TokenRoles.converter(properties.rolesClaim())))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.build();
	}

}
