package no.ks.kulturskole.support.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.ks.kulturskole.testsupport.CallerTokens;
import no.ks.kulturskole.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules every service gets from service-support, on a real server and port: who may
 * call a staff path, an admin path and a public one, and which tokens open nothing. The
 * services' own tests prove the same on their real endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.application.name=support-test" })
class ServiceSecurityTests {

	private static final String SERVICE = "support-test";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerKafkaAndMongo(registry);
		CallerTokens.trustedBy(registry);
	}

	@LocalServerPort
	int port;

	@Test
	void aStaffPathRefusesAnAnonymousCallerWithAProblemAskingForABearerToken() {
		HttpResponse<String> answer = get("/api/things", null);

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void aStaffTokenForThisServiceOpensAStaffPath() {
		HttpResponse<String> answer = get("/api/things", CallerTokens.staff(SERVICE));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("things");
	}

	@Test
	void tokensThatAreExpiredForeignOrForAnotherServiceOpenNothing() {
		Map<String, String> refused = Map.of("expired", CallerTokens.expired(SERVICE), "signed by another key",
				CallerTokens.foreignSigned(SERVICE), "for another service",
				CallerTokens.bearer(CallerTokens.ISSUER, "reporting-service", List.of("ADMIN", "STAFF")),
				"from another issuer", CallerTokens.bearer("someone-else", SERVICE, List.of("ADMIN", "STAFF")),
				"not a token at all", "Bearer not.a.token");

		refused.forEach((what, token) -> assertThat(get("/api/things", token).statusCode()).as(what).isEqualTo(401));
	}

	@Test
	void aTokenWithoutAStaffRoleIsForbidden() {
		assertThat(get("/api/things", CallerTokens.bearer(CallerTokens.ISSUER, SERVICE, List.of())).statusCode())
			.isEqualTo(403);
		assertThat(get("/api/things", CallerTokens.bearer(CallerTokens.ISSUER, SERVICE, List.of("GUEST"))).statusCode())
			.isEqualTo(403);
	}

	@Test
	void anAdminPathNeedsTheAdminRole() {
		assertThat(post("/api/things/admin/rebuild", null).statusCode()).isEqualTo(401);
		assertThat(post("/api/things/admin/rebuild", CallerTokens.staff(SERVICE)).statusCode()).isEqualTo(403);
		assertThat(post("/api/things/admin/rebuild", CallerTokens.admin(SERVICE)).statusCode()).isEqualTo(202);
	}

	@Test
	void anAdminIsStaffToo() {
		assertThat(get("/api/things", CallerTokens.bearer(CallerTokens.ISSUER, SERVICE, List.of("ADMIN"))).statusCode())
			.isEqualTo(200);
	}

	@Test
	void publicPathsProbesScrapingAndTheApiDocumentStayOpen() {
		assertThat(get("/api/public/things", null).statusCode()).isEqualTo(200);
		assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
	}

	@Test
	void healthShowsItsDetailsOnlyToASignedInCaller() {
		HttpResponse<String> anonymous = get("/actuator/health", null);
		HttpResponse<String> staff = get("/actuator/health", CallerTokens.staff(SERVICE));

		assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components");
		assertThat(staff.body()).contains("components");
	}

	@Test
	void otherActuatorEndpointsAreForStaff() {
		assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/metrics", CallerTokens.staff(SERVICE)).statusCode()).isEqualTo(200);
	}

	@Test
	void aServiceWithoutAWayToCheckTokensDoesNotStart() {
		CallerTokenProperties nothing = new CallerTokenProperties(null, null, null, null, null);

		assertThatThrownBy(() -> CallerTokenDecoder.of(nothing, SERVICE)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("platform.security.tokens.public-key");
	}

	private HttpResponse<String> get(String path, String authorization) {
		return send(request(path, authorization).GET());
	}

	private HttpResponse<String> post(String path, String authorization) {
		return send(request(path, authorization).POST(HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder request(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@SpringBootApplication
	static class TestApplication {

		@RestController
		static class Things {

			@GetMapping("/api/things")
			String things() {
				return "things";
			}

			@GetMapping("/api/public/things")
			String publicThings() {
				return "public things";
			}

			@PostMapping("/api/things/admin/rebuild")
			org.springframework.http.ResponseEntity<Void> rebuild() {
				return org.springframework.http.ResponseEntity.accepted().build();
			}

		}

	}

}
