package no.ks.kulturskole.gateway;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with a test-only account that lacks the STAFF role, with
 * registration-service away and a short read timeout. (One context for all three, to keep
 * the test run short.)
 */
// a laptop or test: demo accounts, and a signing key of the gateway's own making
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.security.users[0].username=kommune",
				// password "uten-stab-rolle"
				"platform.security.users[0].password-hash=$2a$10$HpKa2tbUVxvgh9xx3mkioeyzSB9B7PVjiRSjaBh90R4axDDpe4geS",
				"platform.security.users[0].roles=MUNICIPALITY",
				// the demo staff account (password "kulturskole"), to read the health
				// details
				"platform.security.users[1].username=stab",
				"platform.security.users[1].password-hash=$2a$10$W5Mv5SZi3igSxEecfrFpmefH9yYZ8ayqswWyiy5.98vGeP8J20pr2",
				"platform.security.users[1].roles=STAFF", "spring.http.clients.read-timeout=1s" })
class RestrictedAccountAndServiceOutageTests {

	static final FakeService workshop = FakeService.start("workshop");

	static final FakeService notification = FakeService.start("notification");

	static final FakeService reporting = FakeService.start("reporting");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("platform.gateway.services.workshop", workshop::baseUri);
		registry.add("platform.gateway.services.registration", FakeService::away);
		registry.add("platform.gateway.services.notification", notification::baseUri);
		registry.add("platform.gateway.services.reporting", reporting::baseUri);
	}

	@AfterAll
	static void stopServices() {
		workshop.close();
		notification.close();
		reporting.close();
	}

	@LocalServerPort
	int port;

	Gateway gateway;

	@BeforeEach
	void gateway() {
		this.gateway = new Gateway(this.port);
	}

	@Nested
	class AnAccountWithoutTheStaffRole {

		@Test
		void isForbiddenOnStaffPathsWithProblemJson() {
			String path = "/api/workshops/" + UUID.randomUUID();

			HttpResponse<String> response = RestrictedAccountAndServiceOutageTests.this.gateway
				.send(RestrictedAccountAndServiceOutageTests.this.gateway.request(path)
					.header("Authorization", Gateway.basic("kommune", "uten-stab-rolle"))
					.GET());

			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat((String) JsonPath.read(response.body(), "$.title")).isEqualTo("Ingen tilgang");
			assertThat(workshop.received(path)).isEmpty();
		}

		@Test
		void stillReachesPublicPaths() {
			String path = "/api/public/workshops/" + UUID.randomUUID();

			HttpResponse<String> response = RestrictedAccountAndServiceOutageTests.this.gateway
				.send(RestrictedAccountAndServiceOutageTests.this.gateway.request(path)
					.header("Authorization", Gateway.basic("kommune", "uten-stab-rolle"))
					.GET());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(workshop.received(path)).isPresent();
		}

	}

	@Nested
	class WhenTheRegistrationServiceIsAway {

		@Test
		void healthShowsItDownUnderDownstreamAndTheOthersUp() {
			Gateway gateway = RestrictedAccountAndServiceOutageTests.this.gateway;
			HttpResponse<String> response = gateway.send(
					gateway.request("/actuator/health").header("Authorization", Gateway.basic("stab", "kulturskole")));
			HttpResponse<String> withoutStaffRole = gateway.send(gateway.request("/actuator/health")
				.header("Authorization", Gateway.basic("kommune", "uten-stab-rolle")));

			assertThat(withoutStaffRole.statusCode()).isEqualTo(503);
			assertThat(withoutStaffRole.body()).doesNotContain("downstream");
			assertThat(response.statusCode()).isEqualTo(503);
			String body = response.body();
			assertThat((String) JsonPath.read(body, "$.components.downstream.status")).isEqualTo("DOWN");
			assertThat((String) JsonPath.read(body, "$.components.downstream.components.registration.status"))
				.isEqualTo("DOWN");
			assertThat((String) JsonPath.read(body, "$.components.downstream.components.workshop.status"))
				.isEqualTo("UP");
		}

		@Test
		void theRegistrationPageSaysInBokmalThatTheServiceIsAway() {
			HttpResponse<String> page = RestrictedAccountAndServiceOutageTests.this.gateway
				.get("/verksted/" + UUID.randomUUID() + "/pamelding");

			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("<html lang=\"nb\"").contains("Tjenesten svarer ikke akkurat nå");
		}

		@Test
		void theGatewaysOwnLivenessAndReadinessStayUp() {
			assertThat(
					RestrictedAccountAndServiceOutageTests.this.gateway.get("/actuator/health/liveness").statusCode())
				.isEqualTo(200);
			assertThat(
					RestrictedAccountAndServiceOutageTests.this.gateway.get("/actuator/health/readiness").statusCode())
				.isEqualTo(200);
		}

		@Test
		void itsRoutesAnswerServiceUnavailableWithProblemJson() {
			HttpResponse<String> response = RestrictedAccountAndServiceOutageTests.this.gateway
				.get("/api/public/municipalities/4601");

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat((String) JsonPath.read(response.body(), "$.title")).isEqualTo("Tjenesten svarer ikke");
			assertThat((String) JsonPath.read(response.body(), "$.correlationId"))
				.isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
		}

	}

	@Nested
	class WhenAServiceDiesWhileAnswering {

		/**
		 * The service sent 201 and its headers and died before its body: a coordinator
		 * must never get a 201 without the receipt (the fault suite saw one).
		 */
		@Test
		void theCallerGetsBadGatewayWithProblemJsonNotTheServicesStatusWithoutItsBody() {
			HttpResponse<String> response = RestrictedAccountAndServiceOutageTests.this.gateway
				.get("/api/public/workshops/" + UUID.randomUUID() + FakeService.CUT_OFF_PATH);

			assertThat(response.statusCode()).isEqualTo(502);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("se etter en bekreftelse");
		}

		@Test
		void aWholeAnswerStillGoesThroughAsTheServiceSentIt() {
			HttpResponse<String> response = RestrictedAccountAndServiceOutageTests.this.gateway
				.get("/api/public/workshops/" + UUID.randomUUID());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
			assertThat(response.body()).isEqualTo("{\"service\":\"workshop\"}");
		}

	}

	@Nested
	class WhenAServiceDoesNotAnswerInTime {

		@Test
		void theCallerGetsGatewayTimeoutWithProblemJson() {
			HttpResponse<String> response = RestrictedAccountAndServiceOutageTests.this.gateway
				.get("/api/public/workshops/" + UUID.randomUUID() + FakeService.HANGING_PATH);

			assertThat(response.statusCode()).isEqualTo(504);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("brukte for lang tid");
		}

	}

}
