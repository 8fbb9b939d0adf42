package no.ks.kulturskole.gateway.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The accounts of {@code platform.security.users}: a login form for people, HTTP Basic
 * for programs, both behind the login throttle.
 */
final class LocalSignIn implements StaffSignIn {

	static final String LOGIN_PAGE = "/logg-inn";

	private final LoginThrottle throttle;

	LocalSignIn(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void programs(HttpSecurity http, ProblemAnswers problemAnswers) {
		http.httpBasic((basic) -> basic.authenticationEntryPoint(problemAnswers))
			.addFilterBefore(new LoginThrottleFilter(this.throttle, LOGIN_PAGE), BasicAuthenticationFilter.class);
	}

	@Override
	public void people(HttpSecurity http) {
		http.addFilterBefore(new LoginThrottleFilter(this.throttle, LOGIN_PAGE),
				UsernamePasswordAuthenticationFilter.class);
		http.formLogin((form) -> form.loginPage(LOGIN_PAGE)
			.defaultSuccessUrl("/stab", true)
			.failureUrl("/logg-inn?error")
			.permitAll()).logout((logout) -> logout.logoutUrl("/logg-ut").logoutSuccessUrl("/logg-inn?logout"));
	}

}
