package no.ks.kulturskole.gateway.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The part of the security configuration that depends on how staff sign in: the filter
 * chains stay the same, only the way a caller proves who they are changes.
 */
interface StaffSignIn {

	/** {@code /api/**} and the other non-page paths: programs, answered with problems. */
	void programs(HttpSecurity http, ProblemAnswers problemAnswers);

	/** The web pages: people, sent to a login. */
	void people(HttpSecurity http);

}
