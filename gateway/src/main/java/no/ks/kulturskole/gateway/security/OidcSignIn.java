package no.ks.kulturskole.gateway.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The organisation's identity provider: people sign in with OpenID Connect (authorization
 * code flow) and get their staff roles from a claim; programs send a bearer token issued
 * by the same provider for this gateway's audience. The local accounts play no part.
 */
final class OidcSignIn implements StaffSignIn {

	private final StaffLogin login;

	private final ClientRegistrationRepository registrations;

	private final ClaimRoles roles;

	private final JwtDecoder apiTokens;

	private OidcSignIn(StaffLogin login, ClientRegistrationRepository registrations, ClaimRoles roles,
			JwtDecoder apiTokens) {
		this.login = login;
		this.registrations = registrations;
		this.roles = roles;
		this.apiTokens = apiTokens;
	}

	/**
	 * Refuses to start without the registration: a gateway in OIDC mode that nobody can
	 * sign in to would only look like it works.
	 */
	static OidcSignIn of(StaffLogin login, ClientRegistrationRepository registrations, OidcLoginProperties properties) {
		String id = properties.registrationId();
		ClientRegistration registration = (registrations != null) ? registrations.findByRegistrationId(id) : null;
		if (registration == null) {
			throw new IllegalStateException(
					StaffLogin.PROPERTY + "=oidc needs spring.security.oauth2.client.registration." + id
							+ " (or the profile oidc with OIDC_ISSUER_URI, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET)");
		}
		String jwkSetUri = registration.getProviderDetails().getJwkSetUri();
		if (jwkSetUri == null || jwkSetUri.isBlank()) {
			throw new IllegalStateException("The provider of the client registration " + id
					+ " has no jwk-set-uri: set its issuer-uri, or jwk-set-uri with the other endpoints");
		}
		return new OidcSignIn(login, registrations, new ClaimRoles(properties),
				apiTokens(registration, jwkSetUri, properties));
	}

	/**
	 * Signed by the provider, issued by it, not expired, and meant for this gateway: a
	 * token the provider issued to some other application is refused.
	 */
	private static JwtDecoder apiTokens(ClientRegistration registration, String jwkSetUri,
			OidcLoginProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new JwtAudienceValidator(
				(properties.apiAudience() != null) ? properties.apiAudience() : registration.getClientId()));
		String issuer = registration.getProviderDetails().getIssuerUri();
		if (issuer != null && !issuer.isBlank()) {
			validators.add(new JwtIssuerValidator(issuer));
		}
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
		return decoder;
	}

	@Override
	public void programs(HttpSecurity http, ProblemAnswers problemAnswers) {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(this.roles::authorities);
		http.oauth2ResourceServer((resourceServer) -> resourceServer
			.jwt((jwt) -> jwt.decoder(this.apiTokens).jwtAuthenticationConverter(converter))
			.authenticationEntryPoint(problemAnswers)
			.accessDeniedHandler(problemAnswers));
	}

	/**
	 * A staff page sends a person straight to the provider (single sign-on); the login
	 * page only offers the same way in, for the footer's link and after logging out.
	 * Logging out ends the provider's session too, when the provider supports it.
	 */
	@Override
	public void people(HttpSecurity http) {
		OidcClientInitiatedLogoutSuccessHandler providerLogout = new OidcClientInitiatedLogoutSuccessHandler(
				this.registrations);
		providerLogout.setPostLogoutRedirectUri("{baseUrl}/logg-inn?logout");
		providerLogout.setDefaultTargetUrl("/logg-inn?logout");
		http.oauth2Login((oidc) -> oidc.loginPage("/logg-inn")
			.defaultSuccessUrl("/stab", true)
			.failureUrl("/logg-inn?error")
			.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(this.roles))
			.permitAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(this.login.authorizationPath())))
			.logout((logout) -> logout.logoutUrl("/logg-ut").logoutSuccessHandler(providerLogout));
	}

}
