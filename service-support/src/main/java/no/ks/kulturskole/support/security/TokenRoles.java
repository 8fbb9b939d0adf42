package no.ks.kulturskole.support.security;

import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The caller's roles, from one claim of the token ({@code roles: ["STAFF"]}), as
 * {@code ROLE_STAFF}. Nothing else in the token grants anything: no scopes, no groups.
 */
final class TokenRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final String claim;

	private TokenRoles(String claim) {
		this.claim = claim;
	}

	static JwtAuthenticationConverter converter(String claim) {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new TokenRoles(claim));
		return converter;
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<String> roles = jwt.hasClaim(this.claim) ? jwt.getClaimAsStringList(this.claim) : List.of();
		return roles.stream()
			.filter((role) -> role != null && role.matches("[A-Z_]{1,32}"))
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

}
