package no.ks.kulturskole.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import no.ks.kulturskole.gateway.downstream.CallerCredentials;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Relays the signed-in staff member to a service as a JWT the gateway signs: issuer the
 * gateway, audience that one service (a token caught on its way to reporting opens
 * nothing in registration), subject the staff member, {@code roles} every role they have
 * ({@code ["ADMIN", "STAFF"]} for an administrator), valid for a couple of minutes.
 * Whatever the staff member signed in with (password, session, the identity provider's
 * token) stays at the gateway.
 */
final class ServiceTokens implements CallerCredentials {

	private static final String ROLE_PREFIX = "ROLE_";

	private final JwtEncoder encoder;

	private final ServiceTokenProperties properties;

	private final RoleHierarchy roles;

	private final Clock clock;

	ServiceTokens(RSAKey key, ServiceTokenProperties properties, RoleHierarchy roles, Clock clock) {
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
		this.properties = properties;
		this.roles = roles;
		this.clock = clock;
	}

	@Override
	public Optional<String> authorizationFor(String service) {
		return authorizationFor(SecurityContextHolder.getContext().getAuthentication(), service);
	}

	/** The caller is kept; every call makes a new token, as the first expires soon. */
	@Override
	public Supplier<Optional<String>> authorizationLaterFor(String service) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return () -> authorizationFor(caller, service);
	}

	private Optional<String> authorizationFor(Authentication caller, String service) {
		if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		List<String> staffRoles = this.roles.getReachableGrantedAuthorities(caller.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.filter((role) -> role.equals(StaffRole.STAFF.name()) || role.equals(StaffRole.ADMIN.name()))
			.distinct()
			.sorted()
			.toList();
		if (staffRoles.isEmpty()) {
			// signed in but no staff member: the service would refuse the token anyway
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(caller.getName())
			.audience(List.of(service))
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.timeToLive()))
			.id(UUID.randomUUID().toString())
			.claim("roles", staffRoles)
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
		return Optional.of("Bearer " + token);
	}

}
