package no.ks.kulturskole.gateway.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The accounts of {@code platform.security.users}: a login form for people, HTTP Basic
 * for programs.
 */
final class LocalSignIn implements StaffSignIn {

	@Override
	public void programs(HttpSecurity http, ProblemAnswers problemAnswers) {
		http.httpBasic((basic) -> basic.authenticationEntryPoint(problemAnswers));
	}

	@Override
	public void people(HttpSecurity http) {
		http.formLogin((form) -> form.loginPage("/logg-inn")
			.defaultSuccessUrl("/stab", true)
			.failureUrl("/logg-inn?error")
			.permitAll()).logout((logout) -> logout.logoutUrl("/logg-ut").logoutSuccessUrl("/logg-inn?logout"));
	}

}
