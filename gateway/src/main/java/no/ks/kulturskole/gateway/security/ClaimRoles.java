package no.ks.kulturskole.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Staff roles from the identity provider's claims: the values of one claim (a list, or a
 * single string) are looked up in a configured table. Values the table does not know give
 * no role, so a person the provider knows but the platform does not is signed in without
 * access. ADMIN carries STAFF along, as for the local accounts.
 */
public final class ClaimRoles implements GrantedAuthoritiesMapper {

	private final String claim;

	private final Map<StaffRole, List<String>> valuesByRole;

	public ClaimRoles(String claim, Map<StaffRole, List<String>> valuesByRole) {
		this.claim = claim;
		this.valuesByRole = Map.copyOf(valuesByRole);
	}

	ClaimRoles(OidcLoginProperties properties) {
		this(properties.rolesClaim(), properties.roles());
	}

	/** The staff roles these claims give. */
	public Set<StaffRole> roles(Map<String, ?> claims) {
		Collection<String> values = values(claims);
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		this.valuesByRole.forEach((role, accepted) -> {
			if (accepted.stream().anyMatch(values::contains)) {
				roles.add(role);
			}
		});
		if (roles.contains(StaffRole.ADMIN)) {
			roles.add(StaffRole.STAFF);
		}
		return roles;
	}

	/**
	 * After an OpenID Connect login: the provider's own authorities stay, the staff roles
	 * are added from the ID token's (and user info's) claims.
	 */
	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
		for (GrantedAuthority authority : authorities) {
			if (authority instanceof OAuth2UserAuthority user) {
				mapped.addAll(authorities(user.getAttributes()));
			}
		}
		return mapped;
	}

	/** For a bearer token on the API. */
	Collection<GrantedAuthority> authorities(Jwt token) {
		return authorities(token.getClaims());
	}

	private List<GrantedAuthority> authorities(Map<String, ?> claims) {
		return roles(claims).stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

	/**
	 * The claim by its full name first (some names contain dots), otherwise as a path
	 * through nested claims.
	 */
	private Collection<String> values(Map<String, ?> claims) {
		Object value = claims.get(this.claim);
		if (value == null && this.claim.contains(".")) {
			Object current = claims;
			for (String part : this.claim.split("\\.")) {
				current = (current instanceof Map<?, ?> map) ? map.get(part) : null;
			}
			value = current;
		}
		List<String> values = new ArrayList<>();
		if (value instanceof Collection<?> many) {
			many.stream().filter((item) -> item != null).map(Object::toString).forEach(values::add);
		}
		else if (value != null) {
			values.add(value.toString());
		}
		return values;
	}

}
