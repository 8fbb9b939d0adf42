package no.ks.kulturskole.gateway.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect login for staff ({@code platform.gateway.oidc.*}), used when
 * {@code platform.gateway.login=oidc}. The provider itself is an ordinary Spring Security
 * client registration ({@code spring.security.oauth2.client.registration.<id>}).
 *
 * @param registrationId the client registration to sign in with
 * @param rolesClaim the claim that carries the user's roles or groups, e.g. {@code roles}
 * (Entra ID app roles), {@code groups}, or a path into nested claims such as
 * {@code realm_access.roles} (Keycloak)
 * @param roles which claim values give which role; a value listed under no role gives
 * none
 * @param apiAudience the audience a bearer token for {@code /api/**} must carry; the
 * registration's client id when not set
 */
@ConfigurationProperties("platform.gateway.oidc")
public record OidcLoginProperties(String registrationId, String rolesClaim, Map<StaffRole, List<String>> roles,
		String apiAudience) {

	public OidcLoginProperties {
		registrationId = (registrationId != null && !registrationId.isBlank()) ? registrationId : "stab";
		rolesClaim = (rolesClaim != null && !rolesClaim.isBlank()) ? rolesClaim : "roles";
		roles = (roles != null) ? Map.copyOf(roles) : Map.of();
		apiAudience = (apiAudience != null && !apiAudience.isBlank()) ? apiAudience : null;
	}

}
