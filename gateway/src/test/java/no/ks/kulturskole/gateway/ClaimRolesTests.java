package no.ks.kulturskole.gateway;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.gateway.security.ClaimRoles;
import no.ks.kulturskole.gateway.security.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimRolesTests {

	private final ClaimRoles groups = new ClaimRoles("groups", Map.of(StaffRole.STAFF,
			List.of("kulturskole-stab", "3f2a9c0e-1b7d-4a56"), StaffRole.ADMIN, List.of("kulturskole-admin")));

	@Test
	void aStaffValueGivesTheStaffRoleOnly() {
		assertThat(this.groups.roles(Map.of("groups", List.of("alle-ansatte", "kulturskole-stab"))))
			.containsExactly(StaffRole.STAFF);
	}

	@Test
	void anAdminValueGivesAdminAndStaff() {
		assertThat(this.groups.roles(Map.of("groups", List.of("kulturskole-admin"))))
			.containsExactlyInAnyOrder(StaffRole.ADMIN, StaffRole.STAFF);
	}

	@Test
	void unknownValuesOrNoClaimGiveNoStaffRole() {
		assertThat(this.groups.roles(Map.of("groups", List.of("kommune-leser", "Kulturskole-Stab")))).isEmpty();
		assertThat(this.groups.roles(Map.of("roles", List.of("kulturskole-stab")))).isEmpty();
		assertThat(this.groups.roles(Map.of())).isEmpty();
	}

	@Test
	void aClaimWithASingleStringCountsAsOneValue() {
		assertThat(this.groups.roles(Map.of("groups", "3f2a9c0e-1b7d-4a56"))).containsExactly(StaffRole.STAFF);
	}

	@Test
	void aNestedClaimIsFoundByItsDottedPath() {
		ClaimRoles keycloak = new ClaimRoles("realm_access.roles",
				Map.of(StaffRole.ADMIN, List.of("kulturskole-admin")));

		assertThat(
				keycloak.roles(Map.of("realm_access", Map.of("roles", List.of("offline_access", "kulturskole-admin")))))
			.containsExactlyInAnyOrder(StaffRole.ADMIN, StaffRole.STAFF);
	}

	@Test
	void afterAnOidcLoginTheRolesAreAddedToTheProvidersOwnAuthorities() {
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("person-1")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.claim("groups", List.of("kulturskole-admin"))
			.build();

		Collection<? extends GrantedAuthority> authorities = this.groups.mapAuthorities(
				List.<GrantedAuthority>of(new OidcUserAuthority(idToken), new SimpleGrantedAuthority("SCOPE_openid")));

		assertThat(AuthorityUtils.authorityListToSet(authorities)).containsExactlyInAnyOrder("OIDC_USER",
				"SCOPE_openid", "ROLE_ADMIN", "ROLE_STAFF");
	}

	@Test
	void withoutAKnownValueTheLoginKeepsOnlyTheProvidersOwnAuthorities() {
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("person-2")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.claim("groups", List.of("kommune-leser"))
			.build();

		Collection<? extends GrantedAuthority> authorities = this.groups
			.mapAuthorities(List.of(new OidcUserAuthority(idToken)));

		assertThat(AuthorityUtils.authorityListToSet(authorities)).containsExactly("OIDC_USER");
	}

}
