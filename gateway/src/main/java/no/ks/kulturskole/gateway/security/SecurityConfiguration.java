package no.ks.kulturskole.gateway.security;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The services behind the gateway trust it, so this is the only place
 * where staff are told apart from the public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String STAFF = "STAFF";

	/**
	 * {@code /api/**}: public paths for municipalities, everything else for staff with
	 * HTTP Basic. Stateless JSON, so no session and no CSRF token (nothing here relies on
	 * a cookie the browser would send by itself).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAnswers problemAnswers) {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/api/public/**").permitAll().anyRequest().hasRole(STAFF))
			.httpBasic((basic) -> basic.authenticationEntryPoint(problemAnswers))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problemAnswers)
				.accessDeniedHandler(problemAnswers))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.build();
	}

	/**
	 * Everything outside {@code /api/**}: the health, info and metrics endpoints and the
	 * services' API documents are open; anything else is for staff. CSRF protection stays
	 * on here for the web pages to come.
	 */
	@Bean
	@Order(2)
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
			.build();
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
