package no.ks.kulturskole.gateway;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static no.ks.kulturskole.gateway.BrowserLikeClient.csrfToken;
import static no.ks.kulturskole.gateway.BrowserLikeClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in the shipped {@code oidc} profile against a fake identity provider: staff
 * pages send people to the provider, the roles claim decides what they may do, programs
 * use the provider's bearer tokens, and the local accounts open nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// local only for the signing key of the gateway's own making; the accounts are not loaded
// with oidc
@ActiveProfiles({ "local", "oidc" })
class OidcLoginTests {

	static final FakePlatform platform = FakePlatform.start();

	static final FakeIssuer issuer = FakeIssuer.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("platform.gateway.services.workshop", platform::baseUri);
		registry.add("platform.gateway.services.registration", platform::baseUri);
		registry.add("platform.gateway.services.notification", platform::baseUri);
		registry.add("platform.gateway.services.reporting", platform::baseUri);
		registry.add("OIDC_ISSUER_URI", issuer::issuer);
		registry.add("OIDC_CLIENT_ID", () -> FakeIssuer.CLIENT_ID);
		registry.add("OIDC_CLIENT_SECRET", () -> "hemmelig-klient");
	}

	@AfterAll
	static void stop() {
		issuer.close();
		platform.close();
	}

	@Test
	void aStaffPageSendsAnAnonymousVisitorToTheProvidersAuthorizationEndpoint() {
		BrowserLikeClient browser = new BrowserLikeClient(this.port);

		HttpResponse<String> staffPage = browser.get("/stab");
		assertThat(staffPage.statusCode()).isEqualTo(302);
		assertThat(staffPage.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/oauth2/authorization/stab"));
		HttpResponse<String> start = browser.follow(staffPage);

		assertThat(start.statusCode()).isEqualTo(302);
		URI authorization = URI.create(start.headers().firstValue("Location").orElseThrow());
		assertThat(authorization.toString()).startsWith(issuer.issuer() + "/authorize?");
		Map<String, String> query = UriComponentsBuilder.fromUri(authorization)
			.build()
			.getQueryParams()
			.toSingleValueMap();
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", FakeIssuer.CLIENT_ID)
			.containsEntry("scope", "openid")
			.containsKeys("state", "nonce");
		assertThat(query.get("redirect_uri")).endsWith("/login/oauth2/code/stab");
	}

	@Test
	void aPersonWithTheStaffValueInTheRolesClaimSignsInAndSeesTheDashboardButNotTheAdministration() {
		BrowserLikeClient browser = signedIn(Map.of("roles", List.of("kulturskole-stab")));

		HttpResponse<String> dashboard = browser.get("/stab");

		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains(FakePlatform.WORKSHOP_TITLE);
		assertThat(browser.get("/stab/admin").statusCode()).isEqualTo(403);
	}

	@Test
	void anAdministratorValueOpensTheAdministrationAndEveryStaffPage() {
		BrowserLikeClient browser = signedIn(Map.of("roles", List.of("kulturskole-admin")));

		assertThat(browser.get("/stab/admin").statusCode()).isEqualTo(200);
		assertThat(browser.get("/stab").statusCode()).isEqualTo(200);
	}

	@Test
	void aPersonTheProviderKnowsButWithoutAStaffValueIsRefusedTheStaffPages() {
		BrowserLikeClient browser = signedIn(Map.of("roles", List.of("kommune-leser")));

		assertThat(browser.get("/stab").statusCode()).isEqualTo(403);
		assertThat(browser.get("/stab/e-post").statusCode()).isEqualTo(403);
	}

	@Test
	void theLoginPageOffersTheProviderInsteadOfAPasswordForm() {
		HttpResponse<String> page = new BrowserLikeClient(this.port).get("/logg-inn");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/oauth2/authorization/stab\"")
			.contains("Logg inn med organisasjonens konto")
			.doesNotContain("type=\"password\"");
	}

	@Test
	void theLocalDemoAccountsOpenNeitherTheApiNorThePages() {
		Gateway gateway = new Gateway(this.port);
		HttpResponse<String> api = gateway.send(
				gateway.request("/api/workshops").header("Authorization", Gateway.basic("stab", "kulturskole")).GET());
		BrowserLikeClient browser = new BrowserLikeClient(this.port);
		String token = csrfToken(browser.get("/mistet-lenke").body());
		HttpResponse<String> form = browser.postForm("/logg-inn",
				fields("_csrf", token, "username", "stab", "password", "kulturskole"));

		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer"));
		assertThat(form.statusCode()).isEqualTo(405);
		assertThat(browser.get("/stab").statusCode()).isEqualTo(302);
	}

	@Test
	void aBearerTokenFromTheProviderWithTheStaffValueCallsTheStaffApi() {
		Gateway gateway = new Gateway(this.port);
		String token = issuer.accessToken(FakeIssuer.CLIENT_ID, Map.of("roles", List.of("kulturskole-stab")));

		HttpResponse<String> response = gateway
			.send(gateway.request("/api/workshops").header("Authorization", "Bearer " + token).GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(FakePlatform.WORKSHOP_ID);
	}

	@Test
	void aBearerTokenWithoutAStaffValueIsRefusedAndOneForAnotherAudienceIsNotAccepted() {
		Gateway gateway = new Gateway(this.port);
		String noRole = issuer.accessToken(FakeIssuer.CLIENT_ID, Map.of("roles", List.of("kommune-leser")));
		String otherAudience = issuer.accessToken("en-annen-app", Map.of("roles", List.of("kulturskole-stab")));

		HttpResponse<String> withoutRole = gateway
			.send(gateway.request("/api/workshops").header("Authorization", "Bearer " + noRole).GET());
		HttpResponse<String> forAnotherApp = gateway
			.send(gateway.request("/api/workshops").header("Authorization", "Bearer " + otherAudience).GET());

		assertThat(withoutRole.statusCode()).isEqualTo(403);
		assertThat(forAnotherApp.statusCode()).isEqualTo(401);
		assertThat(forAnotherApp.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void loggingOutEndsTheProvidersSessionTooAndComesBackToTheLoginPage() {
		BrowserLikeClient browser = signedIn(Map.of("roles", List.of("kulturskole-stab")));
		String token = csrfToken(browser.get("/stab").body());

		HttpResponse<String> logout = browser.postForm("/logg-ut", fields("_csrf", token));

		assertThat(logout.statusCode()).isEqualTo(302);
		URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
		assertThat(endSession.toString()).startsWith(issuer.issuer() + "/logout?");
		assertThat(
				UriComponentsBuilder.fromUri(endSession).build().getQueryParams().getFirst("post_logout_redirect_uri"))
			.endsWith("/logg-inn?logout");
		assertThat(browser.get("/stab").statusCode()).isEqualTo(302);
	}

	/**
	 * The whole authorization code flow: gateway, provider, back to the gateway with the
	 * code, which the gateway exchanges for the ID token.
	 */
	private BrowserLikeClient signedIn(Map<String, Object> claims) {
		issuer.nextSignInHas(claims);
		BrowserLikeClient browser = new BrowserLikeClient(this.port);
		HttpResponse<String> authorization = browser.follow(browser.get("/oauth2/authorization/stab"));
		HttpResponse<String> callback = browser.follow(authorization);
		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(callback.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/stab"));
		return browser;
	}

}
