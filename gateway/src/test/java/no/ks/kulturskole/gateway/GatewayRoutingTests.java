package no.ks.kulturskole.gateway;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway with its own configuration (including the demo account from
 * application.yml) in front of four real HTTP servers standing in for the services.
 */
// a laptop or test: demo accounts, and a signing key of the gateway's own making
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayRoutingTests {

	private static final String CORRELATION_HEADER = "X-Correlation-Id";

	static final FakeService workshop = FakeService.start("workshop");

	static final FakeService registration = FakeService.start("registration");

	static final FakeService notification = FakeService.start("notification");

	static final FakeService reporting = FakeService.start("reporting");

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("platform.gateway.services.workshop", workshop::baseUri);
		registry.add("platform.gateway.services.registration", registration::baseUri);
		registry.add("platform.gateway.services.notification", notification::baseUri);
		registry.add("platform.gateway.services.reporting", reporting::baseUri);
	}

	@AfterAll
	static void stopServices() {
		workshop.close();
		registration.close();
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

	@Test
	void publicWorkshopRequestsReachTheWorkshopServiceAnonymouslyWithPathAndQueryIntact() {
		String path = "/api/public/workshops/" + UUID.randomUUID() + "/sessions";

		HttpResponse<String> response = this.gateway.get(path + "?fylke=46&navn=%C3%98stfold");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"service\":\"workshop\"");
		assertThat(workshop.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.method()).isEqualTo("GET");
			assertThat(request.queryParameters()).containsExactlyInAnyOrder("fylke=46", "navn=%C3%98stfold");
		});
	}

	/**
	 * The calendar feed (issue 17) sits beside /api/public/workshops, not under it, so
	 * the public workshop route names it: a calendar program subscribes without logging
	 * in.
	 */
	@Test
	void theCalendarFeedReachesTheWorkshopServiceAnonymouslyWithItsLanguage() {
		String path = "/api/public/workshops.ics";

		HttpResponse<String> response = this.gateway.get(path + "?sprak=nn");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"service\":\"workshop\"");
		assertThat(workshop.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.method()).isEqualTo("GET");
			assertThat(request.queryParameters()).containsExactly("sprak=nn");
			assertThat(request.header("Authorization")).isEmpty();
		});
	}

	@Test
	void registrationsOfAWorkshopGoToTheRegistrationServiceAndNotToTheWorkshopService() {
		String path = "/api/public/workshops/" + UUID.randomUUID() + "/registrations";
		String delegation = "{\"municipalityNumber\":\"4601\"}";

		HttpResponse<String> response = this.gateway.send(this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(delegation)));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"service\":\"registration\"");
		assertThat(registration.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.body()).isEqualTo(delegation);
		});
		assertThat(workshop.received(path)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/public/municipalities/4601", "/api/public/county-authorities",
			"/api/public/registrations/manage-token-1", "/api/public/certificates", "/api/public/evaluations" })
	void publicMunicipalityAndRegistrationPathsGoToTheRegistrationService(String prefix) {
		String path = prefix + "/" + UUID.randomUUID();

		HttpResponse<String> response = this.gateway.get(path);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/public/workshops/%s/manage-link-requests", "/api/public/pilot-applications" })
	void manageLinkRequestsAndPilotApplicationsArePublicWritesForTheRegistrationService(String template) {
		String path = template.formatted(UUID.randomUUID());

		HttpResponse<String> response = this.gateway.send(this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).isPresent();
		assertThat(workshop.received(path)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/workshops/%s/messages", "/api/workshops/%s/messages/preview" })
	void messagesToAWorkshopsRegistrantsGoToTheNotificationServiceForStaffOnly(String template) {
		String path = template.formatted(UUID.randomUUID());
		String message = "{\"audience\":{\"statuses\":[\"CONFIRMED\"],\"roles\":[\"DELEGATES\"]}}";
		HttpRequest.Builder send = this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(message));

		assertThat(this.gateway.send(send.copy()).statusCode()).isEqualTo(401);
		assertThat(notification.received(path)).isEmpty();

		HttpResponse<String> response = this.gateway
			.send(send.copy().header("Authorization", Gateway.basic("stab", "kulturskole")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(notification.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.body()).isEqualTo(message);
		});
		assertThat(workshop.received(path)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/workshops/%s/sessions/s-1/attendance",
			"/api/workshops/%s/sessions/s-1/attendance/meeting-report" })
	void attendanceGoesToTheRegistrationServiceForStaffOnly(String template) {
		String path = template.formatted(UUID.randomUUID());
		String present = "{\"present\":[\"p-1\"]}";
		HttpRequest.Builder record = this.gateway.request(path)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(present));

		assertThat(this.gateway.send(record.copy()).statusCode()).isEqualTo(401);
		assertThat(registration.received(path)).isEmpty();

		HttpResponse<String> response = this.gateway
			.send(record.copy().header("Authorization", Gateway.basic("stab", "kulturskole")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.method()).isEqualTo("PUT");
			assertThat(request.body()).isEqualTo(present);
		});
		assertThat(workshop.received(path)).isEmpty();
	}

	/** Participation confirmations (issue 16): the staff look-up of a code. */
	@Test
	void theLookUpOfACertificatesCodeGoesToTheRegistrationServiceForStaffOnly() {
		String path = "/api/certificates/KS-" + UUID.randomUUID().toString().substring(0, 5);

		assertThat(this.gateway.get(path).statusCode()).isEqualTo(401);
		assertThat(registration.received(path)).isEmpty();

		HttpResponse<String> response = this.gateway
			.send(this.gateway.request(path).header("Authorization", Gateway.basic("stab", "kulturskole")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).isPresent();
		assertThat(workshop.received(path)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/workshops/%s/evaluation/questions", "/api/workshops/%s/evaluation/results",
			"/api/workshops/%s/evaluation/results.csv" })
	void theEvaluationsQuestionsAndResultsGoToTheRegistrationServiceForStaffOnly(String template) {
		String path = template.formatted(UUID.randomUUID());
		HttpRequest.Builder read = this.gateway.request(path).GET();

		assertThat(this.gateway.send(read.copy()).statusCode()).isEqualTo(401);
		assertThat(registration.received(path)).isEmpty();

		HttpResponse<String> response = this.gateway
			.send(read.copy().header("Authorization", Gateway.basic("stab", "kulturskole")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).isPresent();
		assertThat(workshop.received(path)).isEmpty();
	}

	@Test
	void staffPilotApplicationPathsGoToTheRegistrationServiceForStaffOnly() {
		String path = "/api/pilot-applications/" + UUID.randomUUID() + "/decision";
		HttpRequest.Builder decision = this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"SELECTED\"}"));

		assertThat(this.gateway.send(decision).statusCode()).isEqualTo(401);
		assertThat(registration.received(path)).isEmpty();

		HttpResponse<String> response = this.gateway
			.send(decision.header("Authorization", Gateway.basic("stab", "kulturskole")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).isPresent();
	}

	@Test
	void closingThePilotSelectionGoesToTheRegistrationServiceForStaffOnly() {
		String path = "/api/pilot-applications/selection/closure";
		HttpRequest.Builder closing = this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"confirm\":true}"));

		assertThat(this.gateway.send(closing.copy()).statusCode()).isEqualTo(401);
		assertThat(registration.received(path)).isEmpty();

		HttpResponse<String> response = this.gateway
			.send(closing.copy().header("Authorization", Gateway.basic("stab", "kulturskole")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.body()).isEqualTo("{\"confirm\":true}");
		});
	}

	@Test
	void registrationConflictsAreResolvedThroughTheRegistrationServiceByStaffOnly() {
		String path = "/api/registrations/conflicts/" + UUID.randomUUID() + "/resolution";
		HttpRequest.Builder resolution = this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"resolution\":\"HAND_OVER\"}"));

		assertThat(this.gateway.send(resolution.copy()).statusCode()).isEqualTo(401);
		assertThat(registration.received(path)).isEmpty();

		HttpResponse<String> response = this.gateway
			.send(resolution.copy().header("Authorization", Gateway.basic("stab", "kulturskole")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(registration.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.body()).isEqualTo("{\"resolution\":\"HAND_OVER\"}");
			assertThat(request.headers().get("Authorization")).singleElement()
				.satisfies((token) -> assertThat(token).startsWith("Bearer "));
		});
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedNamingTheBodyAndNothingIsForwarded() {
		String path = "/api/public/workshops/" + UUID.randomUUID() + "/registrations";
		byte[] tooLarge = ("{\"padding\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = this.gateway.send(this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("body");
		assertThat(registration.received(path)).isEmpty();
	}

	@Test
	void aChunkedBodyWithinTheLimitIsForwardedWhole() {
		String path = "/api/public/workshops/" + UUID.randomUUID() + "/registrations";
		String delegation = "{\"municipalityNumber\":\"4601\",\"padding\":\"" + "x".repeat(200 * 1024) + "\"}";
		byte[] bytes = delegation.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = this.gateway.send(this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(registration.received(path))
			.hasValueSatisfying((request) -> assertThat(request.body()).isEqualTo(delegation));
	}

	@Test
	void aPageFormOverTheLimitIsRefusedToo() {
		String form = "municipalityNumber=4601&padding=" + "x".repeat(300 * 1024);

		HttpResponse<String> response = this.gateway.send(this.gateway.request("/verksted/w-1/pamelding")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("body");
	}

	@Test
	void readModelRebuildsAreForAdministratorsOnly() {
		String path = "/api/reports/admin/rebuild";
		HttpRequest.Builder rebuild = this.gateway.request(path).POST(HttpRequest.BodyPublishers.noBody());

		HttpResponse<String> asStaff = this.gateway
			.send(rebuild.copy().header("Authorization", Gateway.basic("stab", "kulturskole")));
		assertThat(asStaff.statusCode()).isEqualTo(403);
		assertThat(reporting.received(path)).isEmpty();

		HttpResponse<String> asAdmin = this.gateway
			.send(rebuild.copy().header("Authorization", Gateway.basic("admin", "kulturskole-admin")));
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(reporting.received(path)).isPresent();
	}

	@Test
	void erasuresOfPersonalDataAreForAdministratorsOnlyAndGoToRegistration() {
		String path = "/api/privacy/erasures";
		HttpRequest.Builder erase = this.gateway.request(path)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"kari@k4601.no\"}"));

		assertThat(this.gateway.send(erase.copy()).statusCode()).isEqualTo(401);
		assertThat(this.gateway.send(erase.copy().header("Authorization", Gateway.basic("stab", "kulturskole")))
			.statusCode()).isEqualTo(403);
		assertThat(registration.received(path)).isEmpty();

		this.gateway.send(erase.copy().header("Authorization", Gateway.basic("admin", "kulturskole-admin")));
		assertThat(registration.received(path)).isPresent();
	}

	@Test
	void anAdministratorMayDoWhatStaffMayDo() {
		String path = "/api/workshops/" + UUID.randomUUID();

		HttpResponse<String> response = this.gateway.send(
				this.gateway.request(path).header("Authorization", Gateway.basic("admin", "kulturskole-admin")).GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(workshop.received(path)).isPresent();
	}

	@Test
	void theCorrelationIdComesBackOnceThoughTheServiceEchoesItToo() {
		String path = "/api/public/workshops/" + UUID.randomUUID();

		HttpResponse<String> response = this.gateway.get(path);

		assertThat(response.headers().allValues(CORRELATION_HEADER)).hasSize(1);
	}

	@Test
	void everyRequestIsLoggedOnceWithMethodPathStatusAndCorrelationIdButNeverItsQuery(CapturedOutput output) {
		String path = "/api/public/registrations/" + UUID.randomUUID();
		String correlationId = "logg-" + UUID.randomUUID();

		this.gateway.send(this.gateway.request(path + "?token=hemmelig-nokkel-123")
			.header(CORRELATION_HEADER, correlationId)
			.GET());

		// the line is written as the answer leaves, possibly just after the client has it
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut().lines().filter((line) -> line.contains("gateway.requests")))
				.filteredOn((line) -> line.contains(correlationId))
				.singleElement()
				.satisfies((line) -> assertThat(line).contains("GET " + path + " 200 ").doesNotContain("hemmelig")));
		assertThat(output.getOut()).doesNotContain("hemmelig-nokkel-123");
	}

	@Test
	void theCallersCorrelationIdIsForwardedToTheServiceAndReturned() {
		String path = "/api/public/workshops/" + UUID.randomUUID();
		String correlationId = "test-" + UUID.randomUUID();

		HttpResponse<String> response = this.gateway
			.send(this.gateway.request(path).header(CORRELATION_HEADER, correlationId).GET());

		assertThat(response.headers().firstValue(CORRELATION_HEADER)).hasValue(correlationId);
		assertThat(workshop.received(path))
			.hasValueSatisfying((request) -> assertThat(request.header(CORRELATION_HEADER)).hasValue(correlationId));
	}

	@Test
	void theServiceIsCalledInTheTraceOfTheRequestWithASpanOfTheGatewaysOwn(CapturedOutput output) {
		String path = "/api/public/workshops/" + UUID.randomUUID();
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		String callersSpan = "00f067aa0ba902b7";

		this.gateway
			.send(this.gateway.request(path).header("traceparent", "00-" + traceId + "-" + callersSpan + "-01").GET());

		assertThat(workshop.received(path)).hasValueSatisfying((request) -> assertThat(request.header("traceparent"))
			.hasValueSatisfying((traceparent) -> assertThat(traceparent).startsWith("00-" + traceId + "-")
				.doesNotContain(callersSpan)));
		// the gateway's own line for the request carries the trace id too
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getOut().lines().filter((line) -> line.contains("GET " + path)))
				.singleElement()
				.asString()
				.contains(traceId));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "kort", "ugyldig id med mellomrom", "<script>alert(1)</script>" })
	void aMissingOrUnacceptableCorrelationIdIsReplacedByAGeneratedOneThatTheServiceAlsoGets(String sent) {
		String path = "/api/public/workshops/" + UUID.randomUUID();
		HttpRequest.Builder request = this.gateway.request(path).GET();
		if (!sent.isEmpty()) {
			request.header(CORRELATION_HEADER, sent);
		}

		HttpResponse<String> response = this.gateway.send(request);

		String returned = response.headers().firstValue(CORRELATION_HEADER).orElseThrow();
		assertThat(UUID.fromString(returned)).isNotNull();
		assertThat(workshop.received(path)).hasValueSatisfying(
				(received) -> assertThat(received.headers().get(CORRELATION_HEADER)).containsExactly(returned));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/workshops", "/api/registrations", "/api/notifications", "/api/reports" })
	void staffPathsAnswerUnauthorizedProblemJsonToAnonymousCallersAndForwardNothing(String prefix) {
		String path = prefix + "/" + UUID.randomUUID();

		HttpResponse<String> response = this.gateway.get(path);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(401);
		assertThat(response.headers().firstValue(CORRELATION_HEADER)).isPresent();
		assertThat(workshop.received(path)).isEmpty();
		assertThat(registration.received(path)).isEmpty();
		assertThat(notification.received(path)).isEmpty();
		assertThat(reporting.received(path)).isEmpty();
	}

	@Test
	void aWrongPasswordIsRefusedWithUnauthorized() {
		String path = "/api/workshops/" + UUID.randomUUID();

		HttpResponse<String> response = this.gateway
			.send(this.gateway.request(path).header("Authorization", Gateway.basic("stab", "feil-passord")).GET());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(workshop.received(path)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "/api/workshops, workshop", "/api/registrations, registration", "/api/notifications, notification",
			"/api/reports, reporting" })
	void staffPathsPassThroughWithATokenForThatServiceInsteadOfThePassword(String prefix, String serviceName) {
		String path = prefix + "/" + UUID.randomUUID();
		FakeService service = serviceNamed(serviceName);

		HttpResponse<String> response = this.gateway
			.send(this.gateway.request(path).header("Authorization", Gateway.basic("stab", "kulturskole")).GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"service\":\"" + serviceName + "\"");
		assertThat(service.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.header(CORRELATION_HEADER)).isPresent();
			String authorization = request.header("Authorization").orElseThrow();
			assertThat(authorization).startsWith("Bearer ").doesNotContain(Gateway.basic("stab", "kulturskole"));
			Jwt token = publishedKeys().decode(authorization.substring("Bearer ".length()));
			assertThat(token.getAudience()).containsExactly(serviceName + "-service");
			assertThat(token.getClaimAsString("iss")).isEqualTo("kulturskole-gateway");
			assertThat(token.getSubject()).isEqualTo("stab");
			assertThat(token.getClaimAsStringList("roles")).containsExactly("STAFF");
			assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt()))
				.isLessThanOrEqualTo(Duration.ofMinutes(2));
		});
	}

	@Test
	void anAdministratorsTokenCarriesBothRoles() {
		String path = "/api/reports/admin/rebuild/" + UUID.randomUUID();

		this.gateway.send(
				this.gateway.request(path).header("Authorization", Gateway.basic("admin", "kulturskole-admin")).GET());

		assertThat(reporting.received(path)).hasValueSatisfying((request) -> {
			Jwt token = publishedKeys()
				.decode(request.header("Authorization").orElseThrow().substring("Bearer ".length()));
			assertThat(token.getClaimAsStringList("roles")).containsExactly("ADMIN", "STAFF");
			assertThat(token.getAudience()).containsExactly("reporting-service");
		});
	}

	@Test
	void anAnonymousCallerReachesAServiceWithoutAnyToken() {
		String path = "/api/public/workshops/" + UUID.randomUUID();

		this.gateway.send(this.gateway.request(path).header("Authorization", "Bearer forged.by.someone").GET());

		assertThat(workshop.received(path)).hasValueSatisfying((request) -> {
			assertThat(request.header("Authorization")).isEmpty();
			// the client, for the services' per-client limits
			assertThat(request.header("X-Forwarded-For")).hasValue("127.0.0.1");
		});
	}

	/** The gateway's public key, as a service would fetch it. */
	private JwtDecoder publishedKeys() {
		try {
			JWKSet keys = JWKSet.parse(this.gateway.get("/.well-known/jwks.json").body());
			return NimbusJwtDecoder.withPublicKey(keys.getKeys().get(0).toRSAKey().toRSAPublicKey()).build();
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void staffCanPostWithoutACsrfToken() {
		String path = "/api/workshops/" + UUID.randomUUID();

		HttpResponse<String> response = this.gateway.send(this.gateway.request(path)
			.header("Authorization", Gateway.basic("stab", "kulturskole"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Samling\"}")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(workshop.received(path))
			.hasValueSatisfying((request) -> assertThat(request.method()).isEqualTo("POST"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "workshop", "registration", "notification", "reporting" })
	void eachServicesApiDocumentIsOpenUnderDocs(String serviceName) {
		HttpResponse<String> response = this.gateway.get("/docs/" + serviceName + "/v3/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"service\":\"" + serviceName + "\"");
		assertThat(serviceNamed(serviceName).received("/v3/api-docs")).isPresent();
	}

	@Test
	void healthShowsEveryServiceBehindTheGatewayUnderDownstreamToStaffOnly() {
		HttpResponse<String> anonymous = this.gateway.get("/actuator/health");
		HttpResponse<String> response = this.gateway.send(
				this.gateway.request("/actuator/health").header("Authorization", Gateway.basic("stab", "kulturskole")));

		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("downstream");
		assertThat(response.statusCode()).isEqualTo(200);
		for (String service : new String[] { "workshop", "registration", "notification", "reporting" }) {
			assertThat((String) JsonPath.read(response.body(),
					"$.components.downstream.components." + service + ".status"))
				.isEqualTo("UP");
		}
	}

	@Test
	void prometheusMetricsAreOpenAndTaggedWithTheApplication() {
		HttpResponse<String> response = this.gateway.get("/actuator/prometheus");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("application=\"gateway\"");
	}

	private static FakeService serviceNamed(String name) {
		return switch (name) {
			case "workshop" -> workshop;
			case "registration" -> registration;
			case "notification" -> notification;
			case "reporting" -> reporting;
			default -> throw new IllegalArgumentException(name);
		};
	}

}
