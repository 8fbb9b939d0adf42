package no.ks.kulturskole.gateway.security;

import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * How staff sign in ({@code platform.gateway.login}): {@code local} (the default) with
 * the accounts of {@code platform.security.users}, or {@code oidc} through the
 * organisation's identity provider. The pages need to know which, to show the right login
 * page.
 *
 * @param oidc whether staff sign in through OpenID Connect
 * @param authorizationPath where a browser starts the OpenID Connect login (only with
 * {@code oidc})
 */
public record StaffLogin(boolean oidc, String authorizationPath) {

	static final String PROPERTY = "platform.gateway.login";

	/**
	 * A misspelt mode would otherwise leave the gateway without any login at all: refuse
	 * to start instead.
	 */
	static StaffLogin from(Environment environment, OidcLoginProperties oidc) {
		String mode = environment.getProperty(PROPERTY, "local").strip().toLowerCase(Locale.ROOT);
		return switch (mode) {
			case "local" -> new StaffLogin(false, null);
			case "oidc" -> new StaffLogin(true, "/oauth2/authorization/" + oidc.registrationId());
			default -> throw new IllegalArgumentException(PROPERTY + " must be local or oidc");
		};
	}

}
